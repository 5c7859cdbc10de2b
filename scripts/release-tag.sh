#!/usr/bin/env bash
# Tags a release: an annotated semantic-version tag vMAJOR.MINOR.PATCH on a commit (default HEAD) and the moving
# major tag vMAJOR forced onto the same commit, so `uses: …@v1` follows the newest v1.x.y. Refuses a version that is
# not semver, that exists already, or that is lower than the newest tag of its major; refuses a dirty tree, and a
# commit whose committed dist/ does not match a fresh build (pass --skip-dist-check only for tests).
#
# Usage: scripts/release-tag.sh 1.2.0 [COMMIT] [--push REMOTE] [--skip-dist-check]
set -euo pipefail

die() { printf 'release-tag: %s\n' "$*" >&2; exit 2; }

version='' commit=HEAD remote='' dist_check=1
while [ $# -gt 0 ]; do
  case "$1" in
    --push) [ $# -ge 2 ] || die '--push needs a remote'; remote=$2; shift 2 ;;
    --skip-dist-check) dist_check=0; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) if [ -z "$version" ]; then version=$1; else commit=$1; fi; shift ;;
  esac
done
[ -n "$version" ] || die 'usage: scripts/release-tag.sh MAJOR.MINOR.PATCH [COMMIT] [--push REMOTE]'
version=${version#v}
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || die "'$version' is not MAJOR.MINOR.PATCH"
major=${BASH_REMATCH[1]}
tag="v$version"
sha=$(git rev-parse --verify "$commit^{commit}" 2>/dev/null) || die "no such commit: $commit"
git diff --quiet && git diff --cached --quiet || die 'the working tree has uncommitted changes'
git rev-parse -q --verify "refs/tags/$tag" >/dev/null && die "$tag exists already"

newest=$(git tag --list "v$major.*.*" --sort=-v:refname | head -n1)
if [ -n "$newest" ]; then
  lowest=$(printf '%s\n%s\n' "$newest" "$tag" | sort -V | head -n1)
  [ "$lowest" = "$newest" ] || die "$tag is lower than the newest v$major release $newest"
fi

if [ "$dist_check" = 1 ]; then
  [ "$sha" = "$(git rev-parse HEAD)" ] || die 'the dist check builds HEAD: check out the commit first'
  scripts/rebuild-dist-from-head.sh >/dev/null
  if [ -n "$(git status --porcelain -- dist)" ]; then
    git checkout -- dist && git clean -fdq -- dist
    die "dist/ of $sha does not match a fresh build: rebuild and commit it first"
  fi
fi

git tag -a "$tag" -m "kuryr-dragonflow-actions $tag" "$sha"
git tag -f -a "v$major" -m "kuryr-dragonflow-actions v$major (= $tag)" "$sha" >/dev/null
printf 'tagged %s and moved v%s to %s\n' "$tag" "$major" "$sha"
if [ -n "$remote" ]; then
  git push "$remote" "refs/tags/$tag"
  git push --force "$remote" "refs/tags/v$major"
fi
