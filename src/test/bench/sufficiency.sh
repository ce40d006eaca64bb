#!/usr/bin/env bash
# Benchmark: market sufficiency on the England-scale demo market, in process (see SufficiencyBenchmark): one council's
# full indicator set, all 153 councils', one Market Position Statement rendered. Not part of the tests.
# Usage: src/test/bench/sufficiency.sh [runs=20]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -ntp -DskipTests package
echo "command: src/test/bench/sufficiency.sh ${1:-20}   ($(nproc) cores)"
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx2g" mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.caremarket.bench.SufficiencyBenchmark -Dexec.args="${1:-20}"
