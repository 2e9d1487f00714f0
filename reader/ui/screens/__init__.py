"""Screens of the reader app: main reader, help, contents, welcome."""
