#!/bin/bash
#
# kuryr-kubernetes devstack plugin (kdf DevStack double). kuryr.conf is
# written in post-config (so [[post-config|$KURYR_CONFIG]] blocks land before
# the services start), neutron defaults are "created" in extra, and the
# services "start" in test-config, where ~/.kube/config is written.

# @kdf-double-inject@

KDF_DOUBLE_DIE_MSG="Timed out waiting for kubernetes-api"

function kuryr_pre_install {
    echo "kdf-double kuryr-kubernetes: stack pre-install"
    kdf_double_plugin_inject kuryr-kubernetes pre-install
}

function kuryr_install {
    echo "kdf-double kuryr-kubernetes: stack install"
    kdf_double_plugin_inject kuryr-kubernetes install
    echo "kdf-double kuryr-kubernetes: hyperkube $KURYR_HYPERKUBE_IMAGE:$KURYR_HYPERKUBE_VERSION not pulled (double)"
}

# A stable fake UUID for a named Neutron/Keystone object
function kuryr_double_id {
    local h
    h=$(echo -n "kdf-double:$1" | md5sum)
    echo "${h:0:8}-${h:8:4}-${h:12:4}-${h:16:4}-${h:20:12}"
}

# First host of a /N IPv4 CIDR (the API load balancer VIP)
function kuryr_double_first_host {
    local net=${1%/*}
    echo "${net%.*}.$(( ${net##*.} + 1 ))"
}

function configure_kuryr {
    echo "kdf-double kuryr-kubernetes: stack post-config"
    kdf_double_plugin_inject kuryr-kubernetes post-config
    _double_install_dir $KURYR_CONFIG_DIR
    if is_service_enabled octavia; then
        iniset $KURYR_CONFIG kubernetes api_root "https://$(kuryr_double_first_host $KURYR_DOUBLE_SERVICE_CIDR):443"
    else
        iniset $KURYR_CONFIG kubernetes api_root "$KURYR_K8S_API_URL"
    fi
    iniset $KURYR_CONFIG kubernetes pod_vif_driver "$KURYR_POD_VIF_DRIVER"
    iniset $KURYR_CONFIG kubernetes vif_pool_driver "$KURYR_VIF_POOL_DRIVER"
    iniset $KURYR_CONFIG kubernetes watch_retry_timeout 1200
    iniset $KURYR_CONFIG neutron_defaults lbaas_activation_timeout 1200
    iniset $KURYR_CONFIG neutron_defaults ovs_bridge "$OVS_BRIDGE"
    iniset $KURYR_CONFIG octavia_defaults member_mode "$KURYR_K8S_OCTAVIA_MEMBER_MODE"
    iniset $KURYR_CONFIG octavia_defaults enforce_sg_rules "$KURYR_ENFORCE_SG_RULES"
    iniset $KURYR_CONFIG octavia_defaults lb_algorithm "$KURYR_LB_ALGORITHM"
    if [[ "$KURYR_USE_PORTS_POOLS" == "True" ]]; then
        iniset $KURYR_CONFIG vif_pool ports_pool_min "$KURYR_VIF_POOL_MIN"
        iniset $KURYR_CONFIG vif_pool ports_pool_max "$KURYR_VIF_POOL_MAX"
        iniset $KURYR_CONFIG vif_pool ports_pool_batch "$KURYR_VIF_POOL_BATCH"
        iniset $KURYR_CONFIG vif_pool ports_pool_update_frequency "$KURYR_VIF_POOL_UPDATE_FREQ"
    fi
    iniset $KURYR_CONFIG oslo_concurrency lock_path "$DATA_DIR/kuryr-kubernetes"
}

# Neutron defaults (stack extra): "created" objects and their IDs in kuryr.conf
function kuryr_extra {
    echo "kdf-double kuryr-kubernetes: stack extra"
    kdf_double_plugin_inject kuryr-kubernetes extra
    if [[ "$KURYR_CONFIGURE_NEUTRON_DEFAULTS" == "True" ]]; then
        echo "kdf-double kuryr-kubernetes: project $KURYR_NEUTRON_DEFAULT_PROJECT, networks $KURYR_NEUTRON_DEFAULT_POD_NET $KURYR_NEUTRON_DEFAULT_SERVICE_NET, subnets $KURYR_NEUTRON_DEFAULT_POD_SUBNET ($KURYR_DOUBLE_POD_CIDR) $KURYR_NEUTRON_DEFAULT_SERVICE_SUBNET ($KURYR_DOUBLE_SERVICE_CIDR), security groups service_pod_access default (not created)"
        iniset $KURYR_CONFIG neutron_defaults project "$(kuryr_double_id project:$KURYR_NEUTRON_DEFAULT_PROJECT)"
        iniset $KURYR_CONFIG neutron_defaults pod_subnet "$(kuryr_double_id subnet:$KURYR_NEUTRON_DEFAULT_POD_SUBNET)"
        iniset $KURYR_CONFIG neutron_defaults service_subnet "$(kuryr_double_id subnet:$KURYR_NEUTRON_DEFAULT_SERVICE_SUBNET)"
        iniset $KURYR_CONFIG neutron_defaults pod_security_groups "$(kuryr_double_id sg:default),$(kuryr_double_id sg:service_pod_access)"
        iniset $KURYR_CONFIG neutron_defaults external_svc_net "$(kuryr_double_id network:public)"
    fi
}

# kdf double: ~/.kube/config as a copy of $KDF_DOUBLE_KUBECONFIG (a sandbox
# kube cluster's kubeconfig), waiting up to $KDF_DOUBLE_KUBECONFIG_WAIT
# seconds for it to appear (the demo writes it once the trunk VM is ACTIVE)
function kuryr_double_copy_kubeconfig {
    local src=$1
    local wait_secs=${KDF_DOUBLE_KUBECONFIG_WAIT:-0}
    local waited=0
    if [[ ! $wait_secs =~ ^[0-9]+$ ]]; then
        die $LINENO "KDF_DOUBLE_KUBECONFIG_WAIT must be a whole number of seconds, not '$wait_secs'"
    fi
    wait_secs=$((10#$wait_secs))
    if [[ ! -f $src || ! -r $src ]] && (( wait_secs > 0 )); then
        echo "kdf-double kuryr-kubernetes: waiting up to $wait_secs seconds for kubeconfig $src"
        while [[ ! -f $src || ! -r $src ]] && (( waited < wait_secs )); do
            sleep 1
            waited=$((waited + 1))
        done
    fi
    if [[ ! -f $src || ! -r $src ]]; then
        die $LINENO "kubeconfig $src (KDF_DOUBLE_KUBECONFIG) is missing or unreadable after waiting ${wait_secs}s"
    fi
    mkdir -p $HOME/.kube
    install -m 0600 "$src" $HOME/.kube/config
    echo "kdf-double kuryr-kubernetes: kubeconfig from $src"
}

# ~/.kube/config pointing at KURYR_K8S_API_URL (kubectl config set-cluster ...)
function prepare_kubeconfig {
    if [[ -n ${KDF_DOUBLE_KUBECONFIG:-} ]]; then
        kuryr_double_copy_kubeconfig "$KDF_DOUBLE_KUBECONFIG"
        return
    fi
    mkdir -p $HOME/.kube
    cat > $HOME/.kube/config <<KUBECONFIG
apiVersion: v1
clusters:
- cluster:
    server: ${KURYR_K8S_API_URL}
  name: devstack-cluster
contexts:
- context:
    cluster: devstack-cluster
    user: stack
  name: devstack
current-context: devstack
kind: Config
preferences: {}
users:
- name: stack
  user: {}
KUBECONFIG
}

function kuryr_test_config {
    echo "kdf-double kuryr-kubernetes: stack test-config"
    kdf_double_plugin_inject kuryr-kubernetes test-config
    local svc
    for svc in kubernetes-api kubernetes-controller-manager kubernetes-scheduler kubelet; do
        run_process $svc "/usr/bin/docker start --attach $svc"
    done
    prepare_kubeconfig
    if is_service_enabled octavia; then
        echo "kdf-double kuryr-kubernetes: load balancer default/kubernetes (VIP $(kuryr_double_first_host $KURYR_DOUBLE_SERVICE_CIDR), listener and pool default/kubernetes:443, member port 6443) (not created)"
    fi
    run_process kuryr-kubernetes "/usr/local/bin/kuryr-k8s-controller --config-file $KURYR_CONFIG"
    run_process kuryr-daemon "/usr/local/bin/kuryr-daemon --config-file $KURYR_CONFIG" root root
}

if [[ "$1" == "stack" && "$2" == "pre-install" ]]; then
    kuryr_pre_install
elif [[ "$1" == "stack" && "$2" == "install" ]]; then
    kuryr_install
elif [[ "$1" == "stack" && "$2" == "post-config" ]]; then
    configure_kuryr
elif [[ "$1" == "stack" && "$2" == "extra" ]]; then
    kuryr_extra
elif [[ "$1" == "stack" && "$2" == "test-config" ]]; then
    kuryr_test_config
fi

if [[ "$1" == "unstack" ]]; then
    for svc in kuryr-kubernetes kuryr-daemon kubelet kubernetes-scheduler kubernetes-controller-manager kubernetes-api; do
        stop_process $svc
    done
    echo "kdf-double kuryr-kubernetes: unstack"
fi
