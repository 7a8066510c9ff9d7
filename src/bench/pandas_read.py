#!/usr/bin/env python3
"""The comparison for the benchmark: what a person would write with pandas + openpyxl.

Reads every returned workbook in a folder (the bench's input/returns), finds the task
table's header row by its labels in each sheet, takes the unit from the 填报单位 cell,
collects the task rows of all workbooks into one DataFrame and writes it to one .xlsx.
No checks, no problem lists, no marked-up copies, no database: only reading and one
consolidated sheet, so it is a lower bound for what consolidate does.

    /usr/bin/python3 src/bench/pandas_read.py /tmp/workledger-bench-1000-handmade1-errors0.67/input/returns /tmp/pandas.xlsx

(Debian: apt-get install python3-pandas python3-openpyxl; .xls needs python3-xlrd.)
"""
import os
import sys
import time

import pandas as pd

COLUMNS = ["任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划"]


def label(value):
    """Labels as a person compares them: spaces left out, half- and full-width brackets alike."""
    if not isinstance(value, str):
        return ""
    return (value.replace(" ", "").replace("\u3000", "").replace("(", "（").replace(")", "）")
            .replace("％", "%").rstrip("：:"))


def unit_of(frame, above):
    """The value right of 填报单位, or after 填报单位： in the same cell."""
    for r in range(above):
        row = list(frame.iloc[r])
        for c, value in enumerate(row):
            text = label(value)
            if text == "填报单位":
                for right in row[c + 1:c + 5]:
                    if isinstance(right, str) and right.strip():
                        return right.strip()
            elif text.startswith("填报单位：") or text.startswith("填报单位:"):
                return str(value).split("：" if "：" in str(value) else ":", 1)[1].strip()
    return ""


def read_workbook(path):
    engine = "xlrd" if path.endswith(".xls") else "openpyxl"
    sheets = pd.read_excel(path, sheet_name=None, header=None, engine=engine, dtype=object)
    for frame in sheets.values():
        for r in range(min(30, len(frame))):
            header = [label(v) for v in frame.iloc[r]]
            if sum(c in header for c in COLUMNS) >= 4:
                rows = frame.iloc[r + 1:].copy()
                rows.columns = header
                rows = rows.loc[:, ~rows.columns.duplicated()]
                rows = rows[[c for c in COLUMNS if c in rows.columns]].dropna(how="all")
                rows.insert(0, "填报单位", unit_of(frame, r))
                rows.insert(0, "文件", os.path.basename(path))
                return rows
    return None


def main(folder, target):
    start = time.perf_counter()
    frames = []
    unread = 0
    files = sorted(f for f in os.listdir(folder) if f.endswith((".xlsx", ".xls")))
    for name in files:
        try:
            frame = read_workbook(os.path.join(folder, name))
        except Exception as error:  # a person's script skips what it cannot read
            print(f"skipped {name}: {error}", file=sys.stderr)
            frame = None
        if frame is None:
            unread += 1
        else:
            frames.append(frame)
    ledger = pd.concat(frames, ignore_index=True)
    read = time.perf_counter()
    ledger.to_excel(target, index=False, engine="openpyxl")
    end = time.perf_counter()
    print(f"{len(files)} files, {len(frames)} read, {unread} not read, {len(ledger)} rows; "
          f"read {read - start:.1f} s, write {end - read:.1f} s, total {end - start:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "pandas-ledger.xlsx")
