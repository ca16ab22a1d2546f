#!/usr/bin/env python3
"""Alliance Explorer and DB Browser for SQLite side by side on one large database (issue 15).

Each program is started on its own virtual display (Xvfb writing its framebuffer to a file, read here every
20 ms), opened on the seat-deal table, and watched until the table's rows are on screen; its peak resident memory
(VmHWM) is read once its work is done. DB Browser opens the table itself (`-t seat_deal`); Alliance Explorer opens
the database and is sent Ctrl+4 (Seat deals) as soon as its window shows. "Rows on screen" is when the table's
area of the screen holds many lines of dark text pixels (rows of a grid), as it does from the first page of rows
on; the areas are where each program puts its table at the display's size. Medians of RUNS runs.

Usage: bench/side_by_side.py DB.sqlite [RUNS]   (needs Xvfb, xdotool, sqlitebrowser, java, target/alliance-explorer.jar;
bench/side-by-side.sh installs what is missing and runs this)
"""
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.environ.get("JAR", os.path.join(HERE, "target", "alliance-explorer.jar"))
WIDTH, HEIGHT = 1600, 1000
# the JVM options `mvn javafx:run` gives the window (docs/decisions/0016)
JVM = os.environ.get("AE_JVM", "-XX:+UseSerialGC -XX:MaxNewSize=24m -Xms64m").split()


class Display:
    """An Xvfb display whose screen is a file this process reads."""

    def __init__(self, number):
        self.number = number
        self.dir = tempfile.mkdtemp(prefix="sbs-fb-")
        self.proc = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-fbdir", self.dir, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.file = os.path.join(self.dir, "Xvfb_screen0")
        for _ in range(100):
            if os.path.exists(self.file) and os.path.getsize(self.file) > WIDTH * HEIGHT * 4:
                break
            time.sleep(0.05)
        with open(self.file, "rb") as f:
            head = f.read(100)
        header_size, = struct.unpack(">I", head[0:4])
        ncolors, = struct.unpack(">I", head[76:80])
        self.bytes_per_line, = struct.unpack(">I", head[48:52])
        self.offset = header_size + ncolors * 12

    def text_lines(self, x0, y0, x1, y1):
        """How many pixel rows of the area are text on a light ground: mostly light, with some dark pixels."""
        with open(self.file, "rb") as f:
            n = 0
            for y in range(y0, y1):
                f.seek(self.offset + y * self.bytes_per_line + x0 * 4)
                row = f.read((x1 - x0) * 4)
                greens = row[1::4]  # BGRX
                dark = sum(1 for g in greens if g < 100)
                light = sum(1 for g in greens if g > 200)
                if dark > 0 and light > len(greens) // 2:
                    n += 1
            return n

    def close(self):
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def peak_mb(pid):
    """The peak resident memory of a process and its children (the JVM is one process), in MB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


def wait_for(cond, timeout, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return time.monotonic()
        time.sleep(step)
    return None


def run_dbbrowser(db, display):
    env = dict(os.environ, DISPLAY=f":{display.number}", HOME=tempfile.mkdtemp(prefix="sbs-home-"))
    t0 = time.monotonic()
    p = subprocess.Popen(["sqlitebrowser", "-R", "-t", "seat_deal", db], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # its grid, left of its cell editor, at its default window size
    shown = wait_for(lambda: display.text_lines(10, 190, 480, 650) > 150, 60)
    time.sleep(10)
    peak = peak_mb(p.pid)
    p.send_signal(signal.SIGTERM)
    p.wait()
    return {"rows": shown - t0 if shown else None, "peak": peak}


def run_ours(db, display):
    home = tempfile.mkdtemp(prefix="sbs-home-")
    env = dict(os.environ, DISPLAY=f":{display.number}", HOME=home)
    t0 = time.monotonic()
    p = subprocess.Popen(["java", *JVM, f"-Duser.home={home}", "-jar", JAR, "--db", db], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # the window (centred at its first-run size, 1360 x 820) is up: its menu bar drawn; then its first screen
    # listed (the parties)
    window = wait_for(lambda: display.text_lines(130, 65, 700, 95) > 5, 60)
    if window is None or p.poll() is not None:
        p.kill()
        raise SystemExit(f"Alliance Explorer's window did not show (exit code {p.poll()}): JVM options {JVM}")
    wait_for(lambda: display.text_lines(300, 240, 1000, 800) > 150, 30)
    before = display.text_lines(300, 240, 1000, 800)
    chosen = time.monotonic()
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Alliance Explorer",
                    "windowfocus", "--sync", "key", "ctrl+4"], env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20)
    # the deals screen replaces the parties: its table empties ("Loading...") and then fills
    wait_for(lambda: display.text_lines(300, 240, 1000, 800) < before / 2, 10, 0.005)
    shown = wait_for(lambda: display.text_lines(300, 240, 1000, 800) > 150, 60)
    time.sleep(10)
    peak = peak_mb(p.pid)
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
    return {"window": window - t0 if window else None, "rows": shown - t0 if shown else None,
            "after_choosing": shown - chosen if shown else None, "peak": peak}


def median(runs, key):
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else float("nan")


def main():
    db = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    theirs, ours = [], []
    for i in range(n):
        for runs, fn, number in ((theirs, run_dbbrowser, 91), (ours, run_ours, 92)):
            d = Display(number)
            try:
                runs.append(fn(db, d))
            finally:
                d.close()
            print(fn.__name__, runs[-1], file=sys.stderr, flush=True)
    print(f"| {os.path.basename(db)}, {n} runs (medians) | DB Browser for SQLite | Alliance Explorer |")
    print("|---|---:|---:|")
    print(f"| seat-deal rows on screen after the program starts | {median(theirs, 'rows'):.2f} s |"
          f" {median(ours, 'rows'):.2f} s |")
    print(f"| window up after the program starts | | {median(ours, 'window'):.2f} s |")
    print(f"| seat-deal rows on screen after the screen is chosen (Ctrl+4) | | {median(ours, 'after_choosing'):.2f} s |")
    print(f"| peak resident memory, 10 s after the rows showed | {median(theirs, 'peak'):,.0f} MB |"
          f" {median(ours, 'peak'):,.0f} MB |")


if __name__ == "__main__":
    main()
