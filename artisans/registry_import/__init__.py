"""The registry's spreadsheets: import (preview, then all-or-nothing), export and the template.

`columns` is the one list of columns (with `vocabulary`, the words of choice columns);
`parsing` reads CSV and XLSX files; `cells` reads each cell; `matching` places a row in its
district and finds the IKM it describes; `validation` checks every row and says what would
happen; `services` previews and applies an import; `export` and `template` write sheets;
`problems` names what can go wrong."""
