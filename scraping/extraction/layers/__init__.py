"""One module per phone layer; each returns ``PhoneFinding`` objects for one page."""
