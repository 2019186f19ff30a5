"""Transitional shim (removed once in-flight work lands): the spec is now the single file openapi.yaml."""

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

parser = argparse.ArgumentParser()
parser.add_argument("-o", "--output", default=str(ROOT / "openapi.yaml"))
parser.add_argument("--parts", nargs="*")
args = parser.parse_args()
if Path(args.output).resolve() != (ROOT / "openapi.yaml").resolve():
    shutil.copyfile(ROOT / "openapi.yaml", args.output)
