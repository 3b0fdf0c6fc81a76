"""Documents on records in the program (issue 15): the attachments tab of every record's
form (``tab``), its list and commands (``panel``), opening a document with the system's
viewer (``opener``) and what an attached e-mail offers a complaint (``email_offer``)."""
