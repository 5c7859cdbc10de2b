#!/bin/bash
#
# Dragonflow devstack plugin (kdf DevStack double). Like the real one it does
# nothing unless Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER is exactly "True", and
# df-controller is started inside the post-config phase, before local.conf's
# [[post-config|...]] blocks are merged.

# @kdf-double-inject@

KDF_DOUBLE_DIE_MSG="ovsdb-server is not running"

function df_pre_install {
    echo "kdf-double dragonflow: stack pre-install"
    kdf_double_plugin_inject dragonflow pre-install
}

function install_df {
    echo "kdf-double dragonflow: stack install"
    kdf_double_plugin_inject dragonflow install
    if is_service_enabled df-redis-server; then
        echo "kdf-double dragonflow: redis-$REDIS_VERSION not built (double)"
    fi
}

function configure_df_plugin {
    echo "kdf-double dragonflow: stack post-config"
    kdf_double_plugin_inject dragonflow post-config
    _double_install_dir $DRAGONFLOW_CONF_DIR
    iniset $DRAGONFLOW_CONF df tunnel_types "$TUNNEL_TYPES"
    iniset $DRAGONFLOW_CONF df enable_selective_topology_distribution "$DF_SELECTIVE_TOPO_DIST"
    iniset $DRAGONFLOW_CONF df remote_db_port $REMOTE_DB_PORT
    if is_service_enabled df-redis; then
        iniset $DRAGONFLOW_CONF df nb_db_class redis_nb_db_driver
        if [[ "$DF_REDIS_PUBSUB" == "True" ]]; then
            iniset $DRAGONFLOW_CONF df pub_sub_driver redis_db_pubsub_driver
        fi
    fi
    if is_service_enabled q-svc; then
        neutron_server_config_add_new $DRAGONFLOW_CONF
        if [[ "$DF_RUNNING_IN_GATE" == "True" ]]; then
            iniset $NEUTRON_CONF quotas default_quota "-1"
        fi
    fi
    if is_service_enabled df-redis-server; then
        run_process df-redis-server "/usr/local/bin/redis-server --port $REMOTE_DB_PORT"
    fi
    if is_service_enabled df-controller; then
        run_process df-controller "/usr/local/bin/df-local-controller --config-file $NEUTRON_CONF --config-file $DRAGONFLOW_CONF"
    fi
    if is_service_enabled df-metadata; then
        run_process df-metadata "/usr/local/bin/df-metadata-service --config-file $NEUTRON_CONF --config-file $DRAGONFLOW_CONF"
    fi
}

function df_extra {
    echo "kdf-double dragonflow: stack extra"
    kdf_double_plugin_inject dragonflow extra
}

function df_test_config {
    echo "kdf-double dragonflow: stack test-config"
    kdf_double_plugin_inject dragonflow test-config
}

if [[ "$Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER" == "True" ]]; then
    if [[ "$1" == "stack" && "$2" == "pre-install" ]]; then
        df_pre_install
    elif [[ "$1" == "stack" && "$2" == "install" ]]; then
        install_df
    elif [[ "$1" == "stack" && "$2" == "post-config" ]]; then
        configure_df_plugin
    elif [[ "$1" == "stack" && "$2" == "extra" ]]; then
        df_extra
    elif [[ "$1" == "stack" && "$2" == "test-config" ]]; then
        df_test_config
    fi

    if [[ "$1" == "unstack" ]]; then
        stop_process df-controller
        stop_process df-metadata
        stop_process df-redis-server
        echo "kdf-double dragonflow: unstack"
    fi
fi
