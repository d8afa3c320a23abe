# Sourced by the bench scripts: the local stack's service processes and their resident memory.
# Needs, in the sourcing script: the project directory as $PWD and the service names in the array "services".

service_pid() {
  pgrep -f "$PWD/$1/target/quarkus-app/quarkus-run.jar"
}

# VmRSS of each service in kB, one "name kB" line each.
resident_memory() {
  local service
  for service in "${services[@]}"; do
    echo "$service $(awk '/^VmRSS:/ {print $2}' "/proc/$(service_pid "$service")/status")"
  done
}

# The largest VmRSS of "name kB" lines, in MB with one decimal.
largest_mb() {
  awk '$2 > max {max = $2} END {printf "%.1f", max / 1024}'
}
