#include "util/usable_cpus.hpp"

#include <sched.h>

#include <catch2/catch.hpp>

#include <thread>

TEST_CASE("usable CPUs follow the affinity mask", "[usable_cpus]") {
  cpu_set_t before;
  REQUIRE(sched_getaffinity(0, sizeof before, &before) == 0);
  CHECK(mdexport::usable_cpus() == static_cast<unsigned>(CPU_COUNT(&before)));
  SECTION("one CPU when the process is pinned to one") {
    // On a thread of its own, so that the test's own mask stays as it was.
    unsigned seen = 0;
    std::thread([&] {
      cpu_set_t one;
      CPU_ZERO(&one);
      for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &before)) {
          CPU_SET(cpu, &one);
          break;
        }
      if (sched_setaffinity(0, sizeof one, &one) == 0) seen = mdexport::usable_cpus();
    }).join();
    CHECK(seen == 1);
  }
}
