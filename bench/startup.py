#!/usr/bin/env python3
"""Cold start to the first frame (issue 16): Alliance Explorer against a bare JavaFX window (bench/HelloFx.java)
started the same way, side by side in one run. Each start is on a fresh Xvfb display whose framebuffer is a file,
read every 20 ms until the window's menu bar is drawn (text on a light ground where the centred window's menu bar
is). Medians of RUNS, alternating the two.

Usage: bench/startup.py CLASSES_DIR [RUNS] [ARGS...]   (bench/startup.sh compiles HelloFx into CLASSES_DIR and runs
this; ARGS are Alliance Explorer's, e.g. --db FILE; none: the bundled dataset)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import side_by_side as sbs  # noqa: E402


def first_frame(cmd, number, linger=0.0, content=False):
    """Seconds from the command's start to its window's first frame; with content, also to the first table's rows
    (Alliance Explorer's Parties, drawn once the database has opened), else None; with linger, waits that long after
    (a training run for a class-data archive, written when the JVM exits)."""
    d = sbs.Display(number)
    try:
        home = tempfile.mkdtemp(prefix="startup-home-")
        env = dict(os.environ, DISPLAY=f":{number}", HOME=home)
        t0 = time.monotonic()
        p = subprocess.Popen([*cmd[:1], f"-Duser.home={home}", *cmd[1:]], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shown = sbs.wait_for(lambda: d.text_lines(130, 65, 700, 95) > 5, 60)
        # the table's rows: many lines of text where the Parties table is (ten rows or more)
        filled = sbs.wait_for(lambda: d.text_lines(330, 260, 720, 660) > 60, 60) if content and shown else None
        time.sleep(linger)
        p.terminate()
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
        if shown is None:
            raise SystemExit(f"no window from {cmd}")
        return shown - t0, (filled - t0 if filled is not None else None)
    finally:
        d.close()


def main():
    classes = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    args = sys.argv[3:]
    hello = ["java", *sbs.JVM, "-cp", f"{sbs.JAR}{os.pathsep}{classes}", "HelloFx$Main"]
    ours = ["java", *sbs.JVM, "-jar", sbs.JAR, *args]
    if os.environ.get("CDS") == "1":
        # class-data sharing for both, the same way: a training run writes each one's archive of the classes it
        # loaded (JDK 17's dynamic archive), the timed runs map it (what the installed launcher does)
        for name, cmd in (("hello", hello), ("ours", ours)):
            jsa = os.path.join(classes, name + ".jsa")
            first_frame([cmd[0], f"-XX:ArchiveClassesAtExit={jsa}", *cmd[1:]], 97, linger=3)
            cmd[1:1] = [f"-XX:SharedArchiveFile={jsa}"]
    h, o, c = [], [], []
    for _ in range(runs):
        h.append(first_frame(hello, 98)[0])
        frame, filled = first_frame(ours, 99, content=not args)
        o.append(frame)
        if filled is not None:
            c.append(filled)
    mh, mo = statistics.median(h), statistics.median(o)
    cds = " with class-data sharing (an archive each)" if os.environ.get("CDS") == "1" else ""
    print(f"| first frame{cds}, {runs} runs each (JVM options {' '.join(sbs.JVM)}) | median s | runs |")
    print("|---|---:|---|")
    print(f"| bare JavaFX window (bench/HelloFx.java) | {mh:.2f} | {' '.join(f'{x:.2f}' for x in h)} |")
    print(f"| Alliance Explorer {' '.join(args) or '(bundled dataset)'} | {mo:.2f} | {' '.join(f'{x:.2f}' for x in o)} |")
    print(f"| ratio (target 1.3x) | {mo / mh:.2f} | |")
    if c:
        print(f"| Alliance Explorer: the Parties table with its rows | {statistics.median(c):.2f} |"
              f" {' '.join(f'{x:.2f}' for x in c)} |")


if __name__ == "__main__":
    main()
