"""Build a static archive of Vietnamese articles on Party organisation and building work."""
