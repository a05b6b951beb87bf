#!/usr/bin/env bash
# Runs every test of ChandlerLoop: build, device-safety check of the firmware source, unit,
# scenario and integration tests. On Debian/Ubuntu it first installs what the tests need
# (apt packages) when missing; elsewhere it says what to install and stops.
set -euo pipefail
cd "$(dirname "$0")"

# System packages the tests need (apt names). Later parts add theirs here.
APT_PACKAGES=(mosquitto mosquitto-clients openssl postgresql chromium fonts-dejavu-core)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    echo "test.sh: installing ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "test.sh: please install these packages (Debian names): ${missing[*]}" >&2
    exit 2
  fi
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== build"
dotnet build ChandlerLoop.sln -c Release -nologo -v quiet

echo "== device-safety check (control core and firmware app against the nanoFramework API surface)"
dotnet run --project tests/ChandlerLoop.DeviceCheck -c Release --no-build -- \
  --name "control core" --references mscorlib,System.Math \
  firmware/ChandlerLoop.Control/ChandlerLoop.Control.projitems
dotnet run --project tests/ChandlerLoop.DeviceCheck -c Release --no-build -- \
  --name "firmware app" firmware/ChandlerLoop.Firmware/ChandlerLoop.Firmware.nfproj

echo "== tests"
# One project at a time: the end-to-end, Mosquitto and browser tests pace simulated rigs in wall
# time, and running them beside each other on a small machine starves them (2 cores here).
failed=0
for project in tests/*.Tests/*.Tests.csproj; do
  echo "-- $project"
  dotnet test "$project" -c Release --no-build -nologo -v quiet --logger "console;verbosity=normal" || failed=1
done
[ "$failed" -eq 0 ] || { echo "test.sh: some tests failed (see above)" >&2; exit 1; }

echo "== host services tests again, against PostgreSQL (a throw-away server on loopback)"
tests/scripts/with-postgres.sh \
  dotnet test tests/ChandlerLoop.Host.Services.Tests -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal"
