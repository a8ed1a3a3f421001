#pragma once

namespace mdexport {

// How many CPUs this process may run on: its affinity mask (taskset,
// cgroups' cpusets), not the machine's count as
// std::thread::hardware_concurrency gives it. At least 1.
unsigned usable_cpus();

}  // namespace mdexport
