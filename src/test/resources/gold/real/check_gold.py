#!/usr/bin/env python3
"""Syntax check of the real-document gold (issue 17), independent of policylens: header comments, 5 TAB columns,
known types and qualifiers, plain-decimal figures, ISO dates/periods, canonical act ids; each text occurs in the document
at least as often as the gold uses it (PDF text via pdftotext -raw). Usage: check_gold.py src/test/resources/real src/test/resources/gold/real"""
import re, sys, os, subprocess, collections
TYPES={"DATE","NUMBER","MONEY","PERCENT","ACT","PROGRAM"}
QUALS={"","exact","approx","more_than","at_least","less_than","at_most","before","until","after"}
ISO=r"\d{4}(-\d{2}(-\d{2})?)?"
DATE=re.compile(rf"^{ISO}(/{ISO})?$")
DEC=re.compile(r"^-?\d+(\.\d+)?$")
ACT=re.compile(r"^(PF|PQ|VMQ|ORQ)-\d+(-[IVX]+)?$|^KZ-(UKAZ|LAW|PP)-\d+$|^EO-\d+$|^PL-\d+-\d+$")
def doc_text(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext","-raw",path,"-"],capture_output=True,text=True).stdout
    return open(path,encoding="utf-8").read()
def check(gold, root):
    errs=[]; lines=open(gold,encoding="utf-8").read().split("\n")
    hdr={}; i=0
    while i<len(lines) and lines[i].startswith("#"):
        k,_,v=lines[i][2:].partition(":"); hdr[k.strip()]=v.strip(); i+=1
    for k in ("source","lines","language","split","origin"):
        if k not in hdr: errs.append(f"missing # {k}:")
    if hdr.get("language") not in {"en","ru","uz-Latn","uz-Cyrl","kk"}: errs.append("bad language")
    if lines[i]!="type\ttext\tvalue\tqualifier\tdate": errs.append("bad column header"); return errs,0
    src=hdr.get("source","").removeprefix("project:src/test/resources/real/")
    doc=os.path.join(root,src)
    if not os.path.exists(doc): errs.append(f"document missing: {doc}"); return errs,0
    if f"/{hdr['split']}/" not in "/"+src: errs.append("split does not match path")
    text=re.sub(r"\s+"," ",doc_text(doc)); need=collections.Counter(); n=0
    for ln,row in enumerate(lines[i+1:],i+2):
        if row=="": continue
        c=row.split("\t"); n+=1
        if len(c)!=5: errs.append(f"{ln}: {len(c)} columns"); continue
        t,s,v,q,d=c
        if t not in TYPES: errs.append(f"{ln}: type {t}")
        if q not in QUALS: errs.append(f"{ln}: qualifier {q}")
        if d and not DATE.match(d): errs.append(f"{ln}: date column {d}")
        if t=="DATE" and not DATE.match(v): errs.append(f"{ln}: date value {v}")
        if t in ("NUMBER","MONEY","PERCENT") and not DEC.match(v): errs.append(f"{ln}: figure {v}")
        if t=="ACT" and not ACT.match(v): errs.append(f"{ln}: act id {v}")
        if not s: errs.append(f"{ln}: empty text")
        need[re.sub(r"\s+"," ",s.replace("\\n"," "))]+=1
    for s,k in need.items():
        have=len(re.findall(re.escape(s),text))
        if have<k: errs.append(f"text '{s}' in gold {k}x, in document {have}x")
    return errs,n
root=sys.argv[1]; total=0; bad=0
for split in ("dev","heldout"):
    d=os.path.join(sys.argv[2],split)
    for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        e,n=check(os.path.join(d,f),root); total+=n
        print(f"{'OK ' if not e else 'BAD'} {split}/{f} {n}")
        for x in e: print("   ",x); bad+=1
print("facts",total,"errors",bad); sys.exit(1 if bad else 0)
