#!/usr/bin/env bash
# End-to-end check of `aifactory sweep --slurm` on a real single-node Slurm started here.
#
# Installs Debian's slurm-wlm and munge when missing, starts munged, slurmctld and slurmd in the
# background (no systemd; configuration, state, sockets and logs in a temporary folder; localhost
# only), runs a small sweep locally as the reference, writes the same sweep's Slurm files with
# --slurm, submits them with the generated submit.sh, waits for the merge job, and compares the
# merged sweep.csv with the reference byte for byte. Stops the daemons it started and removes its
# temporary folder on every exit.
#
# Exit status: 0 the merged result equals the local run; 1 a mismatch, a failed job or a failed
# build; 2 Slurm could not be installed or started on this machine (treat as a skip).
#
# Usage: bash Tests/Slurm/slurm_check.sh        (from anywhere; SLURM_CHECK_TIMEOUT=seconds, default 300)
set -uo pipefail

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
TIMEOUT=${SLURM_CHECK_TIMEOUT:-300}
SCENARIO=Tests/StudiesTests/Fixtures/tiny.yaml
VARY=(--vary site.electricity.price_eur_per_mwh=100:200:25 --vary scheduler.policy=fcfs,easy)
TASKS=3

say() { printf '== %s\n' "$*"; }
note() { printf '   %s\n' "$*"; }

TMP=""
PIDS=()          # "name:pid" of every daemon this script started, in start order
JOBS=()          # Slurm job ids this script submitted

show_daemon_logs() {
    [ -n "$TMP" ] || return 0
    local log
    for log in "$TMP"/log/*.log; do
        [ -f "$log" ] || continue
        echo "----- last lines of $(basename "$log") -----" >&2
        tail -n 25 "$log" >&2
    done
}

# Exit 2: Slurm cannot run here. Loud, so that a skip is never mistaken for a pass.
skip() {
    {
        echo
        echo "#################################################################################"
        echo "SKIP: Slurm cannot be installed or started on this machine: $*"
        echo "      The sweep --slurm check did NOT run (exit 2)."
        echo "#################################################################################"
    } >&2
    show_daemon_logs
    exit 2
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

stop_daemons() {
    local status=$?
    trap - EXIT INT TERM
    if [ "${#JOBS[@]}" -gt 0 ] && command -v scancel >/dev/null 2>&1; then
        # Jobs still queued or running when we stop (a failure or a time-out): cancel them and
        # give slurmd a moment to end their steps before the daemons go.
        if [ -n "$(squeue -h -o %i 2>/dev/null)" ]; then
            say "cancelling jobs still in the queue: ${JOBS[*]}"
            scancel "${JOBS[@]}" 2>/dev/null
            for _ in $(seq 20); do
                [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
                sleep 1
            done
        fi
    fi
    local i entry name pid
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        entry=${PIDS[i]}; name=${entry%%:*}; pid=${entry#*:}
        if kill -0 "$pid" 2>/dev/null; then
            say "stopping $name (pid $pid)"
            kill -TERM "$pid" 2>/dev/null
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            if kill -0 "$pid" 2>/dev/null; then
                note "$name did not stop within 10 s; killing it"
                kill -KILL "$pid" 2>/dev/null
            fi
            wait "$pid" 2>/dev/null
        fi
    done
    if [ -n "$TMP" ] && [ -d "$TMP" ]; then
        rm -rf "$TMP"
    fi
    exit "$status"
}
trap stop_daemons EXIT
trap 'exit 1' INT TERM

# ---------------------------------------------------------------------------------------------
say "Slurm check of aifactory sweep --slurm (timeout ${TIMEOUT} s)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

PATH=$PATH:/usr/sbin:/sbin   # munged and the Slurm daemons live in /usr/sbin
need=()
command -v munged >/dev/null 2>&1 || need+=(munge)
command -v slurmctld >/dev/null 2>&1 || need+=(slurmctld)
command -v slurmd >/dev/null 2>&1 || need+=(slurmd)
command -v sbatch >/dev/null 2>&1 || need+=(slurm-client)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing slurm-wlm and munge with apt-get (missing: ${need[*]})"
    if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        skip "not root and no sudo to install slurm-wlm and munge"
    fi
    # Keep the packages' maintainer scripts from starting system-wide daemons (munge, slurmd,
    # slurmctld): this script starts its own. Only when no policy is in place already.
    policy_added=no
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        if printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null &&
            as_root chmod 755 /usr/sbin/policy-rc.d; then
            policy_added=yes
        fi
    fi
    install_ok=yes
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || install_ok=no
    if [ "$install_ok" = yes ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            slurm-wlm munge >/dev/null || install_ok=no
    fi
    [ "$policy_added" = yes ] && as_root rm -f /usr/sbin/policy-rc.d
    [ "$install_ok" = yes ] || skip "apt-get could not install slurm-wlm and munge"
    for tool in munged slurmctld slurmd sbatch squeue sinfo scontrol scancel; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool is still missing after installing slurm-wlm and munge"
    done
fi
note "$(slurmctld -V), $(munged -V 2>&1 | awk '{print $1; exit}')"

# ---------------------------------------------------------------------------------------------
# Built before any daemon starts: a build failure is the project's, not Slurm's.
say "building the release binary"
swift build -c release --product aifactory || fail "swift build -c release --product aifactory failed"
BIN=$ROOT/.build/release/aifactory
[ -x "$BIN" ] || fail "$BIN is missing after the build"

# ---------------------------------------------------------------------------------------------
TMP=$(mktemp -d /tmp/aifactory-slurm.XXXXXX) || fail "cannot create a temporary folder"
chmod 700 "$TMP"
mkdir -p "$TMP"/{etc,munge,state,spool,run,log,local,slurm} || fail "cannot create folders in $TMP"
say "temporary folder $TMP"

USER_NAME=$(id -un)
NODE=$(hostname -s 2>/dev/null || hostname)
CPUS=$(nproc)
[ -n "$NODE" ] || skip "cannot tell this machine's host name"

# munge: a fresh key, and the daemon's socket, pid, seed and log in the temporary folder.
say "starting munged (socket $TMP/munge/munge.socket)"
if command -v mungekey >/dev/null 2>&1; then
    mungekey --create --keyfile="$TMP/munge/munge.key" --force >/dev/null 2>&1 || rm -f "$TMP/munge/munge.key"
fi
if [ ! -s "$TMP/munge/munge.key" ]; then
    dd if=/dev/urandom of="$TMP/munge/munge.key" bs=1024 count=1 status=none || fail "cannot write a munge key"
fi
chmod 400 "$TMP/munge/munge.key"
munged --foreground --force \
    --key-file="$TMP/munge/munge.key" --socket="$TMP/munge/munge.socket" \
    --pid-file="$TMP/run/munged.pid" --seed-file="$TMP/munge/munged.seed" \
    --log-file="$TMP/log/munged.log" >>"$TMP/log/munged.log" 2>&1 &
PIDS+=("munged:$!")
for _ in $(seq 50); do [ -S "$TMP/munge/munge.socket" ] && break; kill -0 "$!" 2>/dev/null || break; sleep 0.2; done
[ -S "$TMP/munge/munge.socket" ] || skip "munged did not start"
if command -v munge >/dev/null 2>&1 && command -v unmunge >/dev/null 2>&1; then
    munge -n -S "$TMP/munge/munge.socket" | unmunge -S "$TMP/munge/munge.socket" >/dev/null 2>&1 ||
        skip "munged runs but a credential does not round-trip"
fi

# Two free ports on localhost for slurmctld and slurmd.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
CTLD_PORT=""
for base in 6817 16817 26817 36817 46817; do
    if port_free "$base" && port_free $((base + 1)); then CTLD_PORT=$base; break; fi
done
[ -n "$CTLD_PORT" ] || skip "no two free ports for slurmctld and slurmd on localhost"
SLURMD_PORT=$((CTLD_PORT + 1))

if [ "$(id -u)" -eq 0 ]; then SLURM_USER=root; else SLURM_USER=$USER_NAME; fi
export SLURM_CONF="$TMP/etc/slurm.conf"
: >"$TMP/etc/plugstack.conf"
cat >"$SLURM_CONF" <<EOF
# Single-node Slurm for Tests/Slurm/slurm_check.sh: localhost only, no cgroups, no accounting.
ClusterName=aifactory-check
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=$SLURM_USER
SlurmdUser=$SLURM_USER
AuthType=auth/munge
AuthInfo=socket=$TMP/munge/munge.socket
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
DependencyParameters=kill_invalid_depend
PlugStackConfig=$TMP/etc/plugstack.conf
ReturnToService=2
MinJobAge=900
SlurmdTimeout=60
StateSaveLocation=$TMP/state
SlurmdSpoolDir=$TMP/spool
SlurmctldPidFile=$TMP/run/slurmctld.pid
SlurmdPidFile=$TMP/run/slurmd.pid
SlurmctldLogFile=$TMP/log/slurmctld.log
SlurmdLogFile=$TMP/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$NODE NodeAddr=127.0.0.1 NodeHostname=$NODE CPUs=$CPUS RealMemory=1024 State=UNKNOWN
PartitionName=check Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
say "wrote $SLURM_CONF (node $NODE, $CPUS CPUs, ports $CTLD_PORT/$SLURMD_PORT)"

say "starting slurmctld"
slurmctld -D -i -f "$SLURM_CONF" >>"$TMP/log/slurmctld.out" 2>&1 &
PIDS+=("slurmctld:$!")
ctld_pid=$!
up=no
for _ in $(seq 60); do
    kill -0 "$ctld_pid" 2>/dev/null || break
    if scontrol ping 2>/dev/null | grep -q 'is UP'; then up=yes; break; fi
    sleep 0.5
done
[ "$up" = yes ] || { cat "$TMP/log/slurmctld.out" >&2 2>/dev/null; skip "slurmctld did not come up"; }

say "starting slurmd"
slurmd -D -f "$SLURM_CONF" -N "$NODE" >>"$TMP/log/slurmd.out" 2>&1 &
PIDS+=("slurmd:$!")
slurmd_pid=$!
state=""
for _ in $(seq 120); do
    kill -0 "$slurmd_pid" 2>/dev/null || break
    state=$(sinfo -h -n "$NODE" -o %T 2>/dev/null | head -n 1)
    [ "$state" = idle ] && break
    sleep 0.5
done
if [ "$state" != idle ]; then
    cat "$TMP/log/slurmd.out" >&2 2>/dev/null
    scontrol show node "$NODE" >&2 2>/dev/null
    skip "node $NODE did not become idle (state: ${state:-unknown})"
fi
note "node $NODE is idle"

# ---------------------------------------------------------------------------------------------
say "local reference sweep into $TMP/local"
"$BIN" sweep "$SCENARIO" "${VARY[@]}" --out "$TMP/local" --quiet || fail "the local sweep failed"
[ -s "$TMP/local/sweep.csv" ] || fail "the local sweep wrote no sweep.csv"
note "$(($(wc -l <"$TMP/local/sweep.csv") - 1)) points"

# A folder name with a space: the scripts must quote it for bash and for #SBATCH lines alike.
SLURM_OUT="$TMP/slurm sweep"
say "writing the Slurm files into $SLURM_OUT ($TASKS array tasks)"
"$BIN" sweep "$SCENARIO" "${VARY[@]}" --out "$SLURM_OUT" --slurm --slurm-tasks "$TASKS" ||
    fail "aifactory sweep --slurm failed"
for f in sweep.sbatch merge.sbatch submit.sh; do
    [ -s "$SLURM_OUT/$f" ] || fail "aifactory sweep --slurm wrote no $f"
done
[ ! -e "$SLURM_OUT/sweep.csv" ] || fail "aifactory sweep --slurm ran the sweep instead of only writing the Slurm files"

say "submitting with the generated submit.sh"
submitted=$(bash "$SLURM_OUT/submit.sh") || fail "submit.sh failed: $submitted"
note "$submitted"
ARRAY=$(sed -n 's/.*submitted job array \([0-9][0-9]*\).*/\1/p' <<<"$submitted")
MERGE=$(sed -n 's/.*merge job \([0-9][0-9]*\).*/\1/p' <<<"$submitted")
[ -n "$ARRAY" ] && [ -n "$MERGE" ] || fail "cannot read the job ids from submit.sh's output"
JOBS=("$ARRAY" "$MERGE")

print_job_logs() {
    local f
    echo "----- job states -----" >&2
    scontrol -o show job "$ARRAY" 2>/dev/null | sort -V | job_summary >&2
    scontrol -o show job "$MERGE" 2>/dev/null | job_summary >&2
    for f in "$SLURM_OUT"/slurm-*.out; do
        [ -f "$f" ] || continue
        echo "----- job log $(basename "$f") -----" >&2
        cat "$f" >&2
    done
    show_daemon_logs
}

# One line per job of `scontrol -o show job`: its id, name, state, reason and exit code.
job_summary() {
    awk '{ out = ""
           for (i = 1; i <= NF; i++) { split($i, kv, "=")
               if (kv[1] ~ /^(JobId|ArrayTaskId|JobName|JobState|Reason|ExitCode)$/) out = out " " $i }
           if (!seen[out]++) print "  " out }'
}

job_field() { scontrol -o show job "$1" 2>/dev/null | grep -o "$2=[^ ]*" | cut -d= -f2; }

say "waiting for job array $ARRAY and merge job $MERGE (at most ${TIMEOUT} s)"
start=$SECONDS
merge_state=""
last=""
while :; do
    merge_state=$(job_field "$MERGE" JobState | head -n 1)
    reason=$(job_field "$MERGE" Reason | head -n 1)
    tasks=$(job_field "$ARRAY" JobState | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}')
    line="array: ${tasks:-?}; merge: ${merge_state:-?} (${reason:-})"
    [ "$line" != "$last" ] && note "$((SECONDS - start)) s  $line"
    last=$line
    case "$merge_state" in
    COMPLETED) break ;;
    FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY | BOOT_FAIL | DEADLINE | PREEMPTED)
        print_job_logs
        if [ "$reason" = DependencyNeverSatisfied ]; then
            fail "an array task of job $ARRAY failed (see above), so Slurm cancelled the merge job"
        fi
        fail "the merge job ended $merge_state" ;;
    "") print_job_logs; fail "slurmctld no longer knows the merge job $MERGE" ;;
    esac
    if [ "$reason" = DependencyNeverSatisfied ]; then
        print_job_logs; fail "an array task failed, so the merge job can never run"
    fi
    if [ $((SECONDS - start)) -ge "$TIMEOUT" ]; then
        print_job_logs; fail "the jobs did not finish within ${TIMEOUT} s"
    fi
    sleep 1
done
bad=$(job_field "$ARRAY" JobState | grep -vc '^COMPLETED$')
if [ "$bad" -ne 0 ]; then
    print_job_logs; fail "$bad array task(s) of job $ARRAY did not complete"
fi
note "every array task and the merge job completed in $((SECONDS - start)) s"

say "comparing the merged sweep.csv with the local run"
[ -s "$SLURM_OUT/sweep.csv" ] || { print_job_logs; fail "the merge job wrote no sweep.csv"; }
if ! cmp "$TMP/local/sweep.csv" "$SLURM_OUT/sweep.csv"; then
    diff "$TMP/local/sweep.csv" "$SLURM_OUT/sweep.csv" | head -n 20 >&2
    print_job_logs
    fail "the sweep.csv merged from the Slurm job array differs from the local run"
fi
say "PASS: the Slurm job array's merged sweep.csv equals the local run byte for byte ($(wc -c <"$TMP/local/sweep.csv") bytes)"
exit 0
