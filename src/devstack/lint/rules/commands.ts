/**
 * LC315–LC316: localrc lines bash runs as something else than the author meant (docs/local-conf.md#how-localrc-is-read).
 * A word at the start of a line that names no command (`neutron-tempest-plugin git://…` without `enable_plugin`), and a
 * `<placeholder>` in an assignment, which bash reads as a redirection.
 */
import type { ShellWord } from '../../localconf/bash-words.js';
import type { LocalrcStatement } from '../../localconf/model.js';
import { code, type Analysis } from '../analysis.js';
import type { Draft } from '../types.js';
import { isRedirection } from './localrc.js';
import type { Rule } from './rule.js';

/** Bash reserved words and builtins. */
const BASH_WORDS =
  '. : [ [[ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type typeset ulimit umask unalias unset wait if then else elif fi case esac for select while until do done in function time { } !';

/**
 * Public functions of DevStack's `functions`, `functions-common` and `inc/*` (df era to newest): stackrc has sourced
 * them before it sources localrc, so a localrc may call any of them.
 */
const DEVSTACK_FUNCTIONS =
  'GetDistro GetOSVersion add_user_to_group address_in_net apt_get apt_get_update backtrace check_libs_from_git check_path_perm_sanity cidr2netmask clean_pyc_files cp_it create_disk define_plugin deprecated die die_if_not_set disable_all_services disable_negated_services disable_python3_package disable_service enable_kernel_bridge_firewall enable_plugin enable_python3_package enable_service err err_if_not_set exit_distro_not_supported export_proxy_variables extract_localrc_section fetch_plugins function_exists generate_hex_string get_default_host_ip get_endpoint_url get_extra_file get_field get_from_global_requirements get_instance_ip get_meta_section get_meta_section_files get_packages get_pip_command get_plugin_packages get_python_exec_prefix get_random_port get_release_name_from_branch get_rootwrap_location git_clone git_clone_by_name git_timed git_update_branch git_update_remote_branch git_update_tag ini_has_option iniadd iniadd_literal inicomment inidelete iniget iniget_multiline iniget_sections iniset iniset_multiline init_service_check iniuncomment install_bindep install_devstack_tools install_package install_python3 ipv6_unquote is_arch is_fedora is_in_projects_txt is_ipv4_address is_ironic_hardware is_nfs_directory is_opensuse is_oraclelinux is_package_installed is_plugin_enabled is_provider_network is_running is_service_enabled is_set is_suse is_ubuntu isset lib_installed_from_git load_plugin_settings maskip merge_config_file merge_config_group ping_check pip_install pip_install_gr pip_install_gr_extras pip_uninstall plugin_override_defaults plugin_requires policy_add python3_enabled python3_enabled_for python3_version python_version real_install_package reload_service remove_disabled_services restart_service run_phase run_plugins run_process running_in_container safe_chmod safe_chown service_check setup_develop setup_install setup_lib setup_package start_service stop_process stop_service sudo_with_proxies test_with_retry time_start time_stop trueorfalse uninstall_package update_package_repo upload_image use_database use_exclusive_service use_library_from_git vercmp verify_disabled_services wait_for_service warn yum_install zypper_install';

/**
 * Programs a localrc plausibly runs on a DevStack host (a short list on purpose: anything else is reported as a
 * warning that names the condition, "unless a program of that name is installed").
 */
const HOST_PROGRAMS =
  'sudo git cat cp mv rm mkdir ln touch chmod chown sed awk grep cut tr head tail sort curl wget hostname ip ifconfig python python3 pip pip3 openssl uuidgen tee sleep date id whoami env basename dirname readlink realpath apt-get yum dnf zypper systemctl ssh-keygen ovs-vsctl sysctl modprobe lsb_release uname nproc getent which xargs find ls openstack';

const KNOWN = new Set([BASH_WORDS, DEVSTACK_FUNCTIONS, HOST_PROGRAMS].flatMap((s) => s.split(' ')));

/** The service and plugin functions a misspelling most likely meant. */
const LIKELY_MEANT = ['enable_plugin', 'enable_service', 'disable_service', 'disable_all_services'];

const GIT_URL = /^(?:git|https?|ssh):\/\/|^git@|\.git$/;

/** Levenshtein distance, small strings only. */
function distance(x: string, y: string): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[y.length] as number;
}

/** The command word of a call bash would look up, or undefined when it is not ours to judge. */
function lookedUpName(a: Analysis, st: LocalrcStatement): string | undefined {
  const head = st.commandWord;
  if (st.kind !== 'call' || !head || head.literal === undefined || head.expands) return undefined;
  const name = head.literal;
  if (name === '' || name.includes('/') || name.startsWith('(') || isRedirection(head) || KNOWN.has(name))
    return undefined;
  if (/^\+?=/.test(st.args?.[0]?.raw ?? '')) return undefined; // `KEY = value`: LC302
  const info = a.flow.info.get(st);
  if (info?.inFunction) return undefined; // a function body may never run
  const defined = a.flow.functions.get(name);
  if (defined !== undefined && defined < st.line) return undefined;
  return name;
}

function unknownCommand(a: Analysis, st: LocalrcStatement): Draft | undefined {
  const name = lookedUpName(a, st);
  if (name === undefined) return undefined;
  const at = { line: st.line, endLine: st.endLine };
  const notFound = code(`${name}: command not found`);
  const args = (st.args ?? []).map((w: ShellWord) => w.literal ?? w.raw);
  const url = args.find((w) => GIT_URL.test(w));
  if (url && args.indexOf(url) === 0) {
    const ref = args[1] ? ` ${args[1]}` : ' <ref>';
    return {
      ...at,
      severity: 'error',
      message: `${code(name)} is not a command: bash prints ${notFound} while stack.sh sources localrc and goes on (errexit is not on yet), so no enable_plugin runs and the ${name} plugin is never enabled.`,
      fix: `Write ${code(`enable_plugin ${name} ${url}${ref}`)}.`,
    };
  }
  const meant = LIKELY_MEANT.find((f) => distance(name.replace(/-/g, '_').toLowerCase(), f) <= 2);
  if (meant) {
    return {
      ...at,
      severity: 'error',
      message: `${code(name)} is not a DevStack function or a command: bash prints ${notFound} while stack.sh sources localrc and goes on, so this line does nothing.`,
      fix: `Write ${code(meant)}.`,
    };
  }
  if (/^\[[^\]]+\]$/.test(name)) {
    return {
      ...at,
      message: `${code(name)} looks like an INI section, but [[local|localrc]] is bash: unless a file name matches it as a glob, bash prints ${notFound} and goes on, and the settings below it are bash lines, not INI options.`,
      fix: 'Move the section and its options into a `[[post-config|$FILE]]` block (after the localrc block).',
    };
  }
  return {
    ...at,
    message: `${code(name)} is not a bash builtin, a DevStack function or a function defined above in localrc: unless a program of that name is installed on the host, bash prints ${notFound} while stack.sh sources localrc and goes on without this line.`,
    fix: 'Comment the line out if it is a note, or write what DevStack should do (enable_plugin, enable_service, NAME=value).',
  };
}

export const unknownCommandRule: Rule = {
  id: 'LC315',
  name: 'unknown-command',
  severity: 'warning',
  summary: 'A localrc line starts with a word that is no command (bash: `command not found`; the line does nothing).',
  check: (a) => a.statements.map((st) => unknownCommand(a, st)).filter((d): d is Draft => d !== undefined),
};

const ASSIGN_HEAD = /^([A-Za-z_][A-Za-z0-9_]*)\+?=(.*)$/s;

/** LC316 for one command: `NAME=<value>`, `NAME=x<value>` or `NAME= <value>` (a redirection right after the assignment). */
function placeholderRedirect(st: LocalrcStatement): Draft | undefined {
  const head = st.commandWord;
  const args = st.args ?? [];
  const op = args[0];
  const m = head ? ASSIGN_HEAD.exec(head.raw) : null;
  if (st.kind !== 'other' || !head || !m || !op || !isRedirection(op) || op.raw.startsWith('<<')) return undefined;
  if (st.errors.length) return undefined; // `<node's ip>`: the quote swallows the rest (LC303)
  const name = m[1] as string;
  const before = m[2] as string;
  const at = { line: st.line, endLine: st.endLine };
  const fix = `Replace the ${code('<…>')} placeholder with the real value, or quote the whole value if the text is meant literally.`;
  if (isRedirection(args.at(-1))) {
    return {
      ...at,
      message: `Bash reads ${code(op.raw)} in ${code(st.raw.split('\n')[0] as string)} as a redirection, not as part of the value, and the ${code((args.at(-1) as ShellWord).raw)} at the end of the line has no file name: ${code("syntax error near unexpected token `newline'")}. stack.sh sources localrc before errexit is on, so it goes on, but bash stops reading localrc here: ${name} and every line after this one are never set or run.`,
      fix,
    };
  }
  const target = args[1]?.literal ?? args[1]?.raw ?? '';
  // Words that are neither an operator nor its file name make a command: the assignment is then only its prefix.
  const command = args.some((w, i) => i > 1 && !isRedirection(w) && !isRedirection(args[i - 1]));
  const gets = command ? 'is not set' : before === '' ? 'is set to an empty value' : `gets only ${code(before)}`;
  return {
    ...at,
    message: op.raw.startsWith('<')
      ? `Bash reads ${code(op.raw)} as an input redirection from a file named ${code(target)}, not as part of the value: unless that file exists it prints ${code(`${target}: No such file or directory`)}, and ${name} ${gets}.`
      : `Bash reads ${code(op.raw)} as an output redirection: it creates or empties a file named ${code(target)} in the devstack directory, and ${name} ${gets}.`,
    fix,
  };
}

export const assignRedirection: Rule = {
  id: 'LC316',
  name: 'assign-redirection',
  severity: 'error',
  summary: 'A `<placeholder>` in an assignment (`HOST_IP=<your ip>`): bash reads `<`/`>` as redirections.',
  check(a) {
    // The command bash stops at is itself dead; report it (not what follows it).
    const stop = a.deadStatements.filter(
      (st) => a.syntaxErrorLine !== undefined && st.line <= a.syntaxErrorLine && a.syntaxErrorLine <= st.endLine,
    );
    return [...a.statements, ...stop].map(placeholderRedirect).filter((d): d is Draft => d !== undefined);
  },
};

export const COMMAND_RULES: readonly Rule[] = [unknownCommandRule, assignRedirection];
