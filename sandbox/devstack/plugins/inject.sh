# kdf double: failure injection for this plugin (sandbox/devstack/README.md).
# KDF_DOUBLE_FAIL="<kind>:<plugin>:<phase>[:<arg>] ..."; this function is
# defined in plugin.sh itself so that die reports plugin.sh as the file.
function kdf_double_plugin_inject {
    local plugin=$1
    local phase=$2
    local spec kind where at arg
    for spec in ${KDF_DOUBLE_FAIL:-}; do
        IFS=: read -r kind where at arg <<< "$spec"
        [[ $where == "$plugin" && $at == "$phase" ]] || continue
        case $kind in
            die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-$KDF_DOUBLE_DIE_MSG}" ;;
            die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-$KDF_DOUBLE_DIE_MSG}" ;;
            fail) $TOP_DIR/tools/kdf-double-inject fail ${arg:-1} ;;
            missing) ${arg:-kdf_double_missing_command} --config-file $NEUTRON_CONF ;;
            hang) $TOP_DIR/tools/kdf-double-inject hang ${arg:-30} ;;
        esac
    done
}
