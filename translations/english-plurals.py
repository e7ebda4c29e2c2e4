#!/usr/bin/env python3
"""Fills the plural forms of hexclave-admin_en.ts from the source texts.

Source strings write plurals as "%n day(s) ago"; English needs "%n day ago" / "%n days ago".
Run after `cmake --build <dir> --target update_translations`:
    python3 translations/english-plurals.py translations/hexclave-admin_en.ts
"""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
filled = 0
for message in tree.iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.findtext('source') or ''
    translation = message.find('translation')
    for form in list(translation):
        translation.remove(form)
    for text in (source.replace('(s)', ''), source.replace('(s)', 's')):
        ET.SubElement(translation, 'numerusform').text = text
    translation.attrib.pop('type', None)
    filled += 1
tree.write(path, encoding='utf-8', xml_declaration=True)
print(f'{filled} plural messages filled in {path}')
