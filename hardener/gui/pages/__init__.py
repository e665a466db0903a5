"""The screens of the GUI, one small module each; the window moves between them."""
