#!/usr/bin/env bash
# Public card verification (GET /api/v1/cards/{number}) at a constant rate, open loop, on PostgreSQL.
# Usage (repo root): bench/card-verify.sh [RATE] [SECONDS] [CROSSINGS]
# Issues cards the way production does (foreigners' first entries through POST /api/v1/crossings/batch),
# then asks for random issued cards at RATE requests per second for SECONDS (after a 20 s warm-up).
# Creates database koshi_bench_border (PostgreSQL 127.0.0.1:5432, trust auth), drops it at the end.
source "$(dirname "$0")/border-env.sh"
RATE=${1:-500}
SECONDS_=${2:-60}
CROSSINGS=${3:-10000}
POP=$OUT/pop-border
[ -f $POP/border.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons 60000 --seed 5 --out $POP > /dev/null
fresh_db
start_app
start_analyze
insert_token koshi-bench-border KNB-BORDER "crossings:write cards:read"
"$JAVA" -Dkoshi.app.pid=$APP -cp "$CP" bench/BorderIngest.java $BASE koshi-bench-border $POP/border.csv 0 $CROSSINGS 1000 2 0
$PSQL -d $DB -At -c "select number from border_card where number is not null" > $OUT/cards.txt
echo "cards issued: $(wc -l < $OUT/cards.txt); public status of one: $(curl -s $BASE/api/v1/cards/$(head -1 $OUT/cards.txt))"
"$JAVA" -Xss256k -cp "$CP" bench/CardVerifyLoad.java $BASE $OUT/cards.txt $RATE $SECONDS_ 20
stop_app
[ "${KEEP_DB:-0}" = 1 ] || drop_db
