#!/bin/bash
#
# @NAME@ devstack plugin (kdf DevStack double): prints its phases. When its
# settings name a configuration file (@CONF_VAR@), the directory and a few
# options are written in post-config, as the real plugin does before
# local.conf's [[post-config|...]] blocks are merged. Its services (if
# enabled) get devstack@ unit files in post-config.

# @kdf-double-inject@

KDF_DOUBLE_DIE_MSG="@NAME@: injected failure"

function @FN@_phase {
    local phase=$1
    echo "kdf-double @NAME@: stack $phase"
    kdf_double_plugin_inject @NAME@ $phase
    if [[ $phase == post-config ]]; then
        if @HAS_CONF@; then
            _double_install_dir $(dirname ${@CONF_VAR@})
            iniset ${@CONF_VAR@} DEFAULT debug True
            iniset ${@CONF_VAR@} DEFAULT transport_url "rabbit://stackrabbit:${RABBIT_PASSWORD}@${SERVICE_HOST}:5672/"
        fi
        local svc
        for svc in @SERVICES@; do
            run_process $svc "/usr/local/bin/$svc --config-file ${@CONF_VAR@:-/dev/null}"
        done
        @POST_CONFIG_HOOK@
    fi
}

if [[ "$1" == "stack" ]]; then
    case "$2" in
        pre-install|install|post-config|extra|test-config)
            @FN@_phase $2
            ;;
    esac
fi

if [[ "$1" == "unstack" ]]; then
    for svc in @SERVICES@; do
        stop_process $svc
    done
    echo "kdf-double @NAME@: unstack"
fi
