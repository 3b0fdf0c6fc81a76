#!/bin/sh
# Puts Avtalevakt in this user's application menu (no root needed):
#   ./install.sh              menu entry and icon for the program in this folder
#   ./install.sh --uninstall  takes them out again (the program folder and your data stay)
# The entry starts the program where this folder is now: run it again after moving it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/avtalevakt.desktop"
icons="$data/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icons/scalable/apps/avtalevakt.svg" "$icons/256x256/apps/avtalevakt.png"
    echo "Avtalevakt er tatt ut av menyen. / Avtalevakt was removed from the menu."
    exit 0
fi
if [ ! -x "$here/avtalevakt" ]; then
    echo "install.sh: $here/avtalevakt not found: run install.sh from the unpacked folder" >&2
    exit 1
fi
mkdir -p "$data/applications" "$icons/scalable/apps" "$icons/256x256/apps"
cp "$here/avtalevakt.svg" "$icons/scalable/apps/avtalevakt.svg"
cp "$here/avtalevakt.png" "$icons/256x256/apps/avtalevakt.png"
# Exec with the full path, quoted as the desktop entry specification asks: inside
# the quotes " ` $ and \ take a backslash, and every backslash is doubled again
exec_path=$(printf '%s' "$here/avtalevakt" | sed 's/\\/\\\\\\\\/g; s/["`$]/\\\\&/g')
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/avtalevakt.desktop" > "$entry.part"
chmod 644 "$entry.part"
mv "$entry.part" "$entry"
echo "Avtalevakt ligger nå i programmenyen. / Avtalevakt is now in the application menu."
echo "  $entry"
