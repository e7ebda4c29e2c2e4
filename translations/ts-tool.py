#!/usr/bin/env python3
"""Moves translations between the .ts files and plain JSON, and checks them.

    ts-tool.py export LANG.ts OUT.json [--all]   unfinished messages (every one with --all), each
                                                 distinct source text once: [{id, source, comment,
                                                 contexts, numerus, forms}]
    ts-tool.py import LANG.ts IN.json            {"id": "text" | ["form", …]} → fills the messages
    ts-tool.py check LANG.ts…                    every message finished, placeholders kept
    ts-tool.py check-sources LUPDATE SOURCES.lst [--includes INCLUDES.lst] LANG.ts…
                                                 the same for copies brought up to date with the
                                                 sources first (a new tr() text fails the check);
                                                 INCLUDES.lst holds -I<dir> lines for lupdate. Fails
                                                 too on any lupdate warning and on a context that is
                                                 not `main` or a hexclave::<layer>::<Class>: lupdate
                                                 misread the code, and tr() looks elsewhere at run time
    ts-tool.py reuse OLD.ts NEW.ts               NEW's unfinished messages get the translation of a
                                                 finished one in OLD with the same source, comment and
                                                 numerus, whatever its context (texts that moved)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt's numerus rules count them.
FORMS = {'de': 2, 'en': 2, 'es': 2, 'fr': 2, 'ja': 1, 'zh_CN': 1}
PLACEHOLDER = re.compile(r'%L?\d+|%n')
TAG = re.compile(r'</?([a-zA-Z]+)[^>]*>')


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '',
            message.get('numerus') == 'yes')


def language(tree):
    return tree.getroot().get('language')


def problems(source, text, numerus):
    """What a translation got wrong about its source: lost or invented placeholders and tags."""
    found = []
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    have = sorted(set(PLACEHOLDER.findall(text)))
    if numerus and '%n' in wanted:
        # A plural form may spell the number out ("one day"); the others must keep %n.
        wanted = [p for p in wanted if p != '%n']
        have = [p for p in have if p != '%n']
    if wanted != have:
        found.append(f'placeholders {wanted} became {have}')
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        found.append('HTML tags differ')
    if source.strip() and not text.strip():
        found.append('empty')
    return found


def export(path, out, every):
    tree = ET.parse(path)
    entries = {}
    for context in tree.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if not every and translation.get('type') != 'unfinished':
                continue
            k = key(message)
            entry = entries.setdefault(k, {'source': k[0], 'comment': k[1], 'contexts': [], 'numerus': k[2]})
            if name not in entry['contexts']:
                entry['contexts'].append(name)
    forms = FORMS[language(tree)]
    result = []
    for i, entry in enumerate(entries.values()):
        item = {'id': str(i), 'source': entry['source']}
        if entry['comment']:
            item['comment'] = entry['comment']
        item['contexts'] = entry['contexts']
        if entry['numerus']:
            item['forms'] = forms
        result.append(item)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    print(f'{len(result)} texts to translate written to {out}')


def import_(path, inp, exported):
    tree = ET.parse(path)
    with open(exported, encoding='utf-8') as f:
        items = {item['id']: item for item in json.load(f)}
    with open(inp, encoding='utf-8') as f:
        texts = json.load(f)
    by_key = {}
    bad = 0
    for id_, text in texts.items():
        item = items[id_]
        numerus = 'forms' in item
        forms = text if isinstance(text, list) else [text]
        if numerus and len(forms) != item['forms']:
            print(f'{id_}: {len(forms)} plural forms, {item["forms"]} wanted', file=sys.stderr)
            bad += 1
            continue
        issues = [p for form in forms for p in problems(item['source'], form, numerus)]
        if issues:
            print(f'{id_}: {item["source"]!r} → {text!r}: {"; ".join(issues)}', file=sys.stderr)
            bad += 1
            continue
        by_key[(item['source'], item.get('comment', ''), numerus)] = forms
    filled = 0
    for message in tree.iter('message'):
        forms = by_key.get(key(message))
        if forms is None:
            continue
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get('numerus') == 'yes':
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop('type', None)
        filled += 1
    write(tree, path)
    print(f'{filled} messages filled in {path}; {bad} refused')
    return bad == 0


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def check(paths):
    ok = True
    for path in paths:
        tree = ET.parse(path)
        unfinished = 0
        for message in tree.iter('message'):
            translation = message.find('translation')
            numerus = message.get('numerus') == 'yes'
            if translation.get('type') == 'unfinished':
                # English sources are the English texts; only their plural forms need filling in.
                if numerus or language(tree) != 'en':
                    unfinished += 1
                continue
            if translation.get('type') in ('vanished', 'obsolete'):
                continue
            forms = [f.text or '' for f in translation.findall('numerusform')] if numerus else [translation.text or '']
            if numerus and len(forms) != FORMS[language(tree)]:
                print(f'{path}: {message.findtext("source")!r}: {len(forms)} plural forms', file=sys.stderr)
                ok = False
            for form in forms:
                for issue in problems(message.findtext('source') or '', form, numerus):
                    print(f'{path}: {message.findtext("source")!r} → {form!r}: {issue}', file=sys.stderr)
                    ok = False
        if unfinished:
            print(f'{path}: {unfinished} messages not translated', file=sys.stderr)
            ok = False
    print('translations complete' if ok else 'translations incomplete or wrong')
    return ok


def context_problems(path):
    """Contexts tr() never looks in: the runtime context is the fully qualified class name (or the
    Q_DECLARE_TR_FUNCTIONS / translate() argument), so a bare namespace such as "hexclave::ui" or an
    unqualified class name means lupdate misread the code around those calls."""
    folder = os.path.dirname(path)
    found = []
    for context in ET.parse(path).iter('context'):
        name = context.findtext('name') or ''
        parts = name.split('::')
        if name == 'main' or (len(parts) >= 3 and parts[0] == 'hexclave' and parts[-1][:1].isupper()):
            continue
        places = sorted({f'{os.path.normpath(os.path.join(folder, location.get("filename")))}:{location.get("line")}'
                         for location in context.iter('location')})
        found.append(f'context {name!r} is not a hexclave::<layer>::<Class> (tr() looks elsewhere at run time): '
                     + (', '.join(places) or 'no location'))
    return found


def check_sources(lupdate, sources, paths, includes=None):
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for path in paths:
            copy = os.path.join(folder, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        # Locations only in the copies, to name the code behind a wrong context.
        lists = (['@' + includes] if includes else []) + ['@' + sources]
        run = subprocess.run([lupdate, '-silent', '-no-obsolete', '-locations', 'absolute', *lists, '-ts', *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return False
        # lupdate's warnings ("Qualifying with unknown namespace/class", "lacks Q_OBJECT macro",
        # "Ignoring definition of undeclared qualified class") mean texts filed under a wrong context.
        warnings = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
        for line in warnings:
            print(f'lupdate: {line}', file=sys.stderr)
        contexts = context_problems(copies[0]) if copies else []
        for problem in contexts:
            print(problem, file=sys.stderr)
        complete = check(copies)
        if not complete:
            print('Run `cmake --build <dir> --target update_translations`, then translate the new texts '
                  '(ts-tool.py export / import).', file=sys.stderr)
        if warnings or contexts:
            print('lupdate misreads the sources, so some texts would never be found at run time: restructure the '
                  'code it names, or use QCoreApplication::translate("hexclave::<layer>::<Class>", …).',
                  file=sys.stderr)
        return complete and not warnings and not contexts


def reuse(old_path, new_path):
    """Fills NEW's unfinished messages from OLD's finished ones with the same source, comment and
    numerus flag; the same context first, else any context when all of them agree."""
    old = ET.parse(old_path)
    new = ET.parse(new_path)
    if language(old) != language(new):
        print(f'{old_path} is {language(old)!r}, {new_path} is {language(new)!r}', file=sys.stderr)
        return False
    finished = {}  # key -> {context: forms}
    for context in old.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') is not None:
                continue
            numerus = message.get('numerus') == 'yes'
            forms = [f.text or '' for f in translation.findall('numerusform')] if numerus else [translation.text or '']
            if any(form.strip() for form in forms):
                finished.setdefault(key(message), {})[name] = forms
    filled = ambiguous = 0
    for context in new.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            candidates = finished.get(key(message))
            if not candidates:
                continue
            forms = candidates.get(name)
            if forms is None:
                distinct = {tuple(f) for f in candidates.values()}
                if len(distinct) != 1:
                    print(f'{name}: {message.findtext("source")!r}: translated differently in '
                          f'{", ".join(sorted(candidates))}; left unfinished', file=sys.stderr)
                    ambiguous += 1
                    continue
                forms = list(distinct.pop())
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get('numerus') == 'yes':
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop('type', None)
            filled += 1
    write(new, new_path)
    print(f'{filled} messages filled in {new_path} from {old_path}; {ambiguous} ambiguous')
    return True


if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else ''
    if command == 'export':
        export(sys.argv[2], sys.argv[3], '--all' in sys.argv)
    elif command == 'import':
        # The exported JSON names what each id means: import LANG.ts IN.json EXPORTED.json
        sys.exit(0 if import_(sys.argv[2], sys.argv[3], sys.argv[4]) else 1)
    elif command == 'check':
        sys.exit(0 if check(sys.argv[2:]) else 1)
    elif command == 'check-sources':
        args = sys.argv[4:]
        includes = None
        if args[:1] == ['--includes']:
            includes, args = args[1], args[2:]
        sys.exit(0 if check_sources(sys.argv[2], sys.argv[3], args, includes) else 1)
    elif command == 'reuse':
        sys.exit(0 if reuse(sys.argv[2], sys.argv[3]) else 1)
    else:
        print(__doc__)
        sys.exit(2)
