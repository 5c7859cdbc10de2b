#!/usr/bin/env bash
#
# make-repo.sh DIR [--owner USER]
#
# Builds a git base for the kdf DevStack double at DIR, usable as
# --git-base file://DIR:
#
#   DIR/openstack/devstack                  tree/ ; tag ussuri-eol, branches master, stable/ussuri
#   DIR/openstack/kuryr-kubernetes          plugin at tags ussuri-eol, train-eol; master = the
#                                           retirement commit (README only: the plugin is silently skipped)
#   DIR/openstack/dragonflow                plugin on master; tags ussuri-eol, 5.0.0, branch stable/queens
#                                           (the SHA is NOT 4dc36ed6..., see DIR/refs.txt)
#   DIR/openstack/{octavia,barbican,heat,devstack-plugin-container,neutron,networking-ovn,
#                  ovn-octavia-provider}    plugin on master; tag ussuri-eol
#   DIR/refs.txt                            "<repo> <ref> <sha>" for every tag and branch
#
# Repositories are bare; "<name>.git" symlinks point at them. Commits have
# fixed authors and dates, so SHAs only change when the content does.
# git refuses to serve a repository owned by another user ("dubious
# ownership"): build the base as the user who will clone it, or pass --owner.

set -o errexit
set -o nounset
set -o pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DIR=""
OWNER=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --owner) OWNER=$2; shift ;;
        -h|--help) sed -n '3,22p' "$0"; exit 0 ;;
        *) DIR=$1 ;;
    esac
    shift
done
if [[ -z $DIR ]]; then
    echo "usage: $0 DIR [--owner USER]" >&2
    exit 2
fi
mkdir -p "$DIR/openstack"
DIR=$(cd "$DIR" && pwd)

# Reproducible git: no user or system configuration, fixed identity
export GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="kdf DevStack double"
export GIT_AUTHOR_EMAIL="kdf-double@example.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME"
export GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
: > "$DIR/refs.txt"

# new_repo <name>: an empty bare repository DIR/openstack/<name>
new_repo() {
    local repo=$DIR/openstack/$1
    rm -rf "$repo" "$repo.git"
    git init -q --bare -b master "$repo"
    ln -s "$1" "$repo.git"
}

# commit <name> <content dir> <date> <message>: commits the directory's
# content as the next commit of master; prints the SHA
commit() {
    local repo=$DIR/openstack/$1 src=$2 date=$3 msg=$4
    local idx=$WORK/index.$1
    GIT_INDEX_FILE=$idx git -C "$src" --git-dir="$repo" --work-tree="$src" add -A .
    local tree parent=()
    tree=$(GIT_INDEX_FILE=$idx git --git-dir="$repo" write-tree)
    if git --git-dir="$repo" rev-parse -q --verify refs/heads/master >/dev/null; then
        parent=(-p "$(git --git-dir="$repo" rev-parse refs/heads/master)")
    fi
    local sha
    sha=$(GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date git --git-dir="$repo" commit-tree "$tree" "${parent[@]}" -m "$msg")
    git --git-dir="$repo" update-ref refs/heads/master "$sha"
    echo "$sha"
}

# ref <name> <kind tag|branch> <ref> <sha>
ref() {
    local repo=$DIR/openstack/$1
    if [[ $2 == tag ]]; then
        git --git-dir="$repo" tag "$3" "$4"
    else
        git --git-dir="$repo" update-ref "refs/heads/$3" "$4"
    fi
    echo "$1 $3 $4" >> "$DIR/refs.txt"
}

# plugin_content <name> <dest>: devstack/ of a fake plugin, with the
# injection function spliced into plugin.sh
plugin_content() {
    local name=$1 dest=$2
    mkdir -p "$dest"
    cp -a "$HERE/plugins/$name/." "$dest/"
    splice_inject "$dest/devstack/plugin.sh"
}

splice_inject() {
    local f=$1
    awk -v inject="$HERE/plugins/inject.sh" '
        /^# @kdf-double-inject@$/ { while ((getline l < inject) > 0) print l; next }
        { print }
    ' "$f" > "$f.new"
    mv "$f.new" "$f"
    chmod 0644 "$f"
}

# generic_plugin <name> <conf var> <conf dir var> <conf dir> <conf file> <services> [post-config hook]
generic_plugin() {
    local name=$1 conf_var=$2 dir_var=$3 dir=$4 file=$5 services=$6 hook=${7:-}
    local dest=$WORK/$name
    mkdir -p "$dest/devstack"
    local fn=${name//-/_}
    local has_conf=true
    if [[ -z $conf_var ]]; then
        has_conf=false
        conf_var=KDF_DOUBLE_NO_CONF
    fi
    sed -e "s|@NAME@|$name|g" -e "s|@FN@|$fn|g" -e "s|@CONF_VAR@|$conf_var|g" \
        -e "s|@HAS_CONF@|$has_conf|g" -e "s|@SERVICES@|$services|g" -e "s|@POST_CONFIG_HOOK@|$hook|g" \
        "$HERE/plugins/generic-plugin.sh" > "$dest/devstack/plugin.sh"
    splice_inject "$dest/devstack/plugin.sh"
    {
        echo "# $name devstack settings (kdf DevStack double)"
        if [[ $has_conf == true ]]; then
            echo "$dir_var=\${$dir_var:-\${KDF_DOUBLE_ETC:-/etc}/$dir}"
            echo "$conf_var=\${$conf_var:-\${$dir_var}/$file}"
        fi
    } > "$dest/devstack/settings"
    echo "This is the $name devstack plugin of the kdf DevStack double." > "$dest/README.rst"
    new_repo "$name"
    local sha
    sha=$(commit "$name" "$dest" "2021-08-30T10:00:00+00:00" "$name: fake devstack plugin (ussuri)")
    ref "$name" branch master "$sha"
    ref "$name" tag ussuri-eol "$sha"
}

# devstack
new_repo devstack
mkdir -p "$WORK/devstack"
cp -a "$HERE/tree/." "$WORK/devstack/"
sha=$(commit devstack "$WORK/devstack" "2021-08-30T09:00:00+00:00" "kdf DevStack double (ussuri-eol era)")
ref devstack branch master "$sha"
ref devstack branch stable/ussuri "$sha"
ref devstack tag ussuri-eol "$sha"

# kuryr-kubernetes: content at the EOL tags, master retired (README only)
new_repo kuryr-kubernetes
plugin_content kuryr-kubernetes "$WORK/kuryr"
echo "kuryr-kubernetes (kdf DevStack double): Kubernetes integration with OpenStack networking" > "$WORK/kuryr/README.rst"
sha=$(commit kuryr-kubernetes "$WORK/kuryr" "2021-08-30T11:00:00+00:00" "kuryr-kubernetes: fake devstack plugin (ussuri)")
ref kuryr-kubernetes tag ussuri-eol "$sha"
ref kuryr-kubernetes tag train-eol "$sha"
mkdir -p "$WORK/kuryr-retired"
# the retirement commit keeps a README only (the double's own wording; the real one points at the parent commit)
cat > "$WORK/kuryr-retired/README.rst" <<'EOF'
kuryr-kubernetes (kdf DevStack double): retired.

Nothing but this file is left on this branch. The plugin the toolkit
pins lives at the ussuri-eol and train-eol tags.
EOF
sha=$(commit kuryr-kubernetes "$WORK/kuryr-retired" "2024-10-15T12:00:00+00:00" "Retire kuryr-kubernetes: remove repo content")
ref kuryr-kubernetes branch master "$sha"

# dragonflow: a plugin whose SHA is not the real 4dc36ed6
new_repo dragonflow
plugin_content dragonflow "$WORK/dragonflow"
echo "Dragonflow (kdf DevStack double): distributed SDN controller for Neutron" > "$WORK/dragonflow/README.rst"
sha=$(commit dragonflow "$WORK/dragonflow" "2019-08-13T08:00:52+00:00" "Do not use yaml.load(file) (kdf double stand-in for 4dc36ed6)")
ref dragonflow branch master "$sha"
ref dragonflow branch stable/queens "$sha"
ref dragonflow tag 5.0.0 "$sha"
ref dragonflow tag ussuri-eol "$sha"

# the other plugins the profiles enable
generic_plugin octavia OCTAVIA_CONF OCTAVIA_CONF_DIR octavia octavia.conf "o-api o-cw o-hm o-hk"
generic_plugin barbican BARBICAN_API_CONF BARBICAN_CONF_DIR barbican barbican.conf "barbican-svc barbican-retry"
generic_plugin heat HEAT_CONF HEAT_CONF_DIR heat heat.conf "h-eng h-api h-api-cfn h-api-cw"
generic_plugin devstack-plugin-container "" "" "" "" ""
generic_plugin neutron "" "" "" "" "" \
    'if is_service_enabled q-trunk; then _neutron_service_plugin_class_add trunk; fi; if is_service_enabled q-qos; then _neutron_service_plugin_class_add qos; fi'
generic_plugin networking-ovn "" "" "" "" "ovn-northd ovn-controller"
generic_plugin ovn-octavia-provider "" "" "" "" ""

if [[ -n $OWNER ]]; then
    chown -R "$OWNER" "$DIR"
fi
echo "git base ready: file://$DIR (refs in $DIR/refs.txt)"
