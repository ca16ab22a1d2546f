#!/bin/sh
# Makes the gallery: every chart and view of the bundled dataset as PNG (2x), SVG and PDF, plus one report
# bundle and one animated GIF, with stable names, into this folder. It runs the application jar, so build that first:
#
#     mvn -B -q -DskipTests package          # makes target/alliance-explorer.jar
#     docs/gallery/make.sh                   # or: docs/gallery/make.sh path/to/alliance-explorer.jar
#
# The files are rewritten each time; the same jar and dataset give the same pictures.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${1:-$root/target/alliance-explorer.jar}
if [ ! -f "$jar" ]; then
    echo "make.sh: no $jar; build it first with 'mvn -B -q -DskipTests package'" >&2
    exit 2
fi

run() {
    java -Djava.awt.headless=true -jar "$jar" "$@"
}

# figure NAME VIEW-OPTIONS...: NAME.png (scale 2), NAME.svg, NAME.pdf
figure() {
    name=$1
    shift
    echo "$name"
    rm -f "$here/$name.png" "$here/$name.svg" "$here/$name.pdf"
    run export "$@" --format png --scale 2 --out "$here/$name.png"
    run export "$@" --format svg --out "$here/$name.svg"
    run export "$@" --format pdf --out "$here/$name.pdf"
}

# the founding case: MQM-P and ANP in Karachi, Jan-Feb 2024, as the cooperation agreement was signed (their lanes:
# the dataset also has some sixty other seats of deals in those weeks)
figure timeline-founding-case --view timeline --from 2024-01-01 --to 2024-02-29 --as-of 2024-02-14 \
    --party MQM-P --party ANP
# every alliance of the dataset, 1977-2024
figure timeline-1977-2024 --view timeline --from 1977-01-01 --to 2024-12-31
# the party network two days after polling day, and before the 2024 deals
figure graph-2024-02-10 --view graph --as-of 2024-02-10
figure graph-2023-12-01 --view graph --as-of 2023-12-01
figure ledger-mqm-p-anp --view ledger --party MQM-P --party ANP
# the founding case in motion: MQM-P's network week by week, December 2023 to March 2024 (the rivalry with ANP, their
# seat deals of 4-5 February, the coalition after polling day); an animated GIF, 900 x 506
echo "graph-founding-case.gif"
rm -f "$here/graph-founding-case.gif"
run export --view graph --party MQM-P --format gif --from 2023-12-01 --to 2024-03-01 --step 1w --width 900 \
    --out "$here/graph-founding-case.gif"
# 2024 beyond Karachi, on polling day: the Sindh network around GDA (PML-N, MQM-P, JUI-F against the PPP) and
# the Punjab network around IPP (PML-N's seat adjustments with IPP and PML-Q)
figure graph-2024-sindh --view graph --as-of 2024-02-08 --election pk-2024 --party GDA --depth 2
figure graph-2024-punjab --view graph --as-of 2024-02-08 --election pk-2024 --party IPP --depth 2
# 2018: who stood down for whom (PTI with PML-Q, AML and GDA; MQM-P and the MMA for GDA ...), on polling day
figure ledger-2018 --view ledger --election pk-2018 --as-of 2018-07-25
figure outcomes --view outcomes
figure results-pk-2024 --view results --election pk-2024
figure membership --view membership
# the analyses: what changed for MQM-P from New Year to mid-February 2024 (the founding case appears), the
# coalition arithmetic of the National Assembly as the PML-N-led coalition stood on 15 March 2024, and the
# friendly fights of 2024 (allies against each other; where the split cost them the seat)
figure graph-compare-founding-case --view graph-compare --from 2024-01-01 --to 2024-02-15 --party MQM-P \
    --election pk-2024
figure coalitions-pk-2024 --view coalitions --election pk-2024 --as-of 2024-03-15
figure friendly-fights-pk-2024 --view friendly-fights --election pk-2024
figure outcomes-mqm-p --view outcomes --party MQM-P --election pk-2024

# the second bundled dataset: Malaysia GE15 (2022), results and coalition allocations from Tindak Malaysia
# (CC-BY-4.0); every figure names Tindak Malaysia in its footer
figure malaysia-results-ge15 --dataset malaysia-ge15 --view results --election my-ge15
figure malaysia-graph-ge15 --dataset malaysia-ge15 --view graph --as-of 2022-11-19
# GPS (Sarawak): how its four parties shared the state's 31 seats
figure malaysia-timeline-gps --dataset malaysia-ge15 --view timeline --party PBB --party SUPP --party PRS --party PDP \
    --from 2022-06-01 --to 2022-12-31
figure malaysia-ledger-gps --dataset malaysia-ge15 --view ledger --party PBB --party SUPP --party PRS --party PDP
figure malaysia-outcomes-supp --dataset malaysia-ge15 --view outcomes --party SUPP
figure malaysia-membership --dataset malaysia-ge15 --view membership

# one report bundle: the ledger with its data and sources
echo "report-ledger-mqm-p-anp.zip"
rm -f "$here/report-ledger-mqm-p-anp.zip"
run export --view ledger --party MQM-P --party ANP --format bundle --out "$here/report-ledger-mqm-p-anp.zip"
