source $DEST/widget/devstack/lib/gadget
if [[ "$1" == "stack" && "$2" == "install" ]]; then
    GADGET_INSTALLED=True
fi
