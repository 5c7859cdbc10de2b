/**
 * Preflight: a pure check (< 1 s, no I/O) of distro × train × profile × overrides. Impossible combinations are
 * refused before anything is cloned, each with the reason and a combination that works.
 */
import { devstackAcceptsDistro, type Distro } from './distro.js';
import type { ProfileDefinition } from './profiles/index.js';
import { PROFILES } from './profiles/index.js';
import { DRAGONFLOW_LAST_WORKING_SERIES, TRAINS, compareSeries, seriesOfRef, type ReleaseTrain } from './trains.js';

export interface PreflightProblem {
  code: string;
  message: string;
  /** A combination that works instead. */
  alternative?: string;
}

export interface PreflightResult {
  ok: boolean;
  refused: PreflightProblem[];
  warnings: PreflightProblem[];
  /** True when stack.sh must run with FORCE=yes (distro outside SUPPORTED_DISTROS, allowed by `force`). */
  forceDistro: boolean;
}

export interface PreflightInput {
  profile: ProfileDefinition;
  train: ReleaseTrain;
  distro?: Distro;
  /** Accept a distro the train's DevStack refuses (stack.sh runs with FORCE=yes). */
  force?: boolean;
  /** A devstack ref that overrides the train's. */
  devstackRef?: string;
}

const trainsFor = (backend: string): string[] =>
  Object.values(TRAINS)
    .filter((t) => backend === 'none' || t.backends.includes(backend as never))
    .map((t) => t.name);

/** Runs every preflight check and returns the refusals and warnings (never throws for a bad combination). */
export function preflight(input: PreflightInput): PreflightResult {
  const { profile, train, distro } = input;
  const refused: PreflightProblem[] = [];
  const warnings: PreflightProblem[] = [];
  let forceDistro = false;

  if (profile.backend !== 'none' && !train.backends.includes(profile.backend)) {
    const sameRole = Object.values(PROFILES)
      .filter((p) => p.role === profile.role && p.backend !== 'none' && train.backends.includes(p.backend))
      .map((p) => p.name);
    refused.push({
      code: 'backend-not-in-train',
      message:
        `Profile '${profile.name}' (${profile.backend}) cannot run on release train '${train.name}': ` +
        (profile.backend === 'dragonflow'
          ? `the Dragonflow plugin calls lib/neutron functions that devstack ${train.devstackSeries} no longer has (removed in 2023.1).`
          : `the train supports ${train.backends.join(', ')} only.`),
      alternative:
        `use --release ${trainsFor(profile.backend).join(' or ')}` +
        (sameRole.length ? `, or profile ${sameRole.join('/')} on ${train.name}` : ''),
    });
  }

  const devstackRef = input.devstackRef ?? train.devstackRef;
  const series = input.devstackRef ? seriesOfRef(input.devstackRef) : train.devstackSeries;
  if (profile.backend === 'dragonflow' && input.devstackRef) {
    if (series && compareSeries(series, DRAGONFLOW_LAST_WORKING_SERIES) > 0) {
      refused.push({
        code: 'dragonflow-on-new-devstack',
        message:
          `devstack ref '${devstackRef}' (series ${series}) cannot run Dragonflow: devstack a52041cd (2023.1) dropped ` +
          'neutron_server_config_add_new, which the Dragonflow plugin calls; stack.sh would abort with "command not found".',
        alternative: `use the ussuri train's devstack (${TRAINS.ussuri?.devstackRef}) or an ovs/ovn profile`,
      });
    } else if (!series) {
      warnings.push({
        code: 'devstack-ref-unknown-series',
        message: `Cannot tell the series of devstack ref '${devstackRef}'; Dragonflow works only up to devstack ${DRAGONFLOW_LAST_WORKING_SERIES} (zed).`,
      });
    }
  }

  if (distro) {
    if (!devstackAcceptsDistro(train.supportedDistros, distro)) {
      const message =
        `DevStack ${devstackRef} refuses ${distro.id} (DISTRO=${distro.devstackName}): SUPPORTED_DISTROS is ` +
        `"${train.supportedDistros}". stack.sh would die with "If you wish to run this script anyway run with FORCE=yes".`;
      const alternative = `run on ${train.recommendedDistros.join(' or ')}, or set force (FORCE=yes; untested by upstream)`;
      if (input.force) {
        forceDistro = true;
        warnings.push({ code: 'distro-forced', message: `${message} Continuing with FORCE=yes as requested.` });
      } else {
        refused.push({ code: 'distro-not-supported', message, alternative });
      }
    }
    if (distro.family !== 'ubuntu' && distro.family !== 'fedora') {
      warnings.push({
        code: 'distro-family-untested',
        message: `The toolkit is tested on Ubuntu and Fedora runners; ${distro.id} may need manual prerequisites.`,
      });
    }
  }

  if (train.unverified.length) {
    warnings.push({
      code: 'train-unverified-refs',
      message: `Release train '${train.name}' has refs nobody has fetched here: ${train.unverified.join('; ')}.`,
    });
  }
  return { ok: refused.length === 0, refused, warnings, forceDistro };
}

/** One line per refusal, with its alternative. */
export function formatRefusals(result: PreflightResult): string[] {
  return result.refused.map((r) => `${r.message}${r.alternative ? ` Instead: ${r.alternative}.` : ''}`);
}
