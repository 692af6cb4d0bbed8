#!/usr/bin/env python3
"""Validator for the probes20 set: the probes18 validator (same checks), run on this folder.

Usage: python3 check.py   Exit status 1 on error.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "probes18", "check.py"), run_name="__main__")
