//! Word's automatic numbering: placeholder, written next.
