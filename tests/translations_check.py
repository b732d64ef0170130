#!/usr/bin/env python3
"""Fails when a translation of the console is missing, incomplete or broken.

flowdesk_de.ts is the file lupdate keeps in step with the source; flowdesk_fr.ts and
flowdesk_es.ts are translated from the same messages. Every file must hold the same
messages (context, source text, disambiguation), each one finished, and each translation
must keep what the program fills in or interprets:

- the placeholders %1 … %99 and {name} (each as often as in the source) and %n;
- numerus messages with as many forms as the language has (German, French and
  Spanish: two), %n at least in the plural form, the other placeholders in every form;
- the markup (<b>, <br>, <a href="…">, …) and the leading and trailing white space;
- one keyboard accelerator (&X) where the source has one; in French and Spanish no
  accelerator letter used twice within a context unless the English source texts or
  the German translations of the same messages share it too (a context may hold a
  menu bar and its menus, where the same letter is fine: German shows which).

    translations_check.py TRANSLATIONS_DIR [--lrelease PATH]
        check the files; with --lrelease also compile each one and require that
        lrelease reports every message finished
    translations_check.py --self-test TRANSLATIONS_DIR
        show that the check catches each kind of damage
"""

import copy
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

REFERENCE = "flowdesk_de.ts"
TRANSLATED = ("flowdesk_fr.ts", "flowdesk_es.ts")
# Plural forms Qt uses for each language (qtbase's numerus rules).
NUMERUS_FORMS = {"de": 2, "fr": 2, "es": 2, "en": 2}

PLACEHOLDER = re.compile(r"%L?(\d{1,2})")
# the backend's message arguments, filled in by name: {count}, {sla}
NAMED_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
NUMERUS_PLACEHOLDER = re.compile(r"%L?n")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(.)")


def language_of(root):
    return (root.get("language") or "").split("_")[0]


def messages(root):
    """(context, source, comment) -> message element, in file order."""
    result = {}
    duplicates = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            comment = message.find("comment")
            key = (name, message.findtext("source") or "",
                   comment.text if comment is not None else None)
            if key in result:
                duplicates.append(key)
            result[key] = message
    return result, duplicates


def translation_forms(message):
    translation = message.find("translation")
    if translation is None:
        return None, []
    if message.get("numerus") == "yes":
        return translation, [f.text or "" for f in translation.findall("numerusform")]
    return translation, [translation.text or ""]


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text)) + sorted(NAMED_PLACEHOLDER.findall(text))


def edges(text):
    leading = re.match(r"\s*", text).group(0)
    trailing = re.search(r"\s*$", text).group(0)
    return leading, trailing


def accelerators(text):
    return [c.lower() for c in ACCELERATOR.findall(text.replace("&&", ""))]


def describe(key):
    context, source, comment = key
    text = source if len(source) < 70 else source[:67] + "…"
    return f"{context}: {text!r}" + (f" ({comment})" if comment else "")


def check_file(name, root, reference):
    """reference: the German file's messages, or None when checking the German file."""
    problems = []
    language = language_of(root)
    forms_wanted = NUMERUS_FORMS.get(language)
    if forms_wanted is None:
        problems.append(f"{name}: language {root.get('language')!r} has no known number of plural forms")
        forms_wanted = 2
    found, duplicates = messages(root)
    for key in duplicates:
        problems.append(f"{name}: message twice: {describe(key)}")
    if reference is not None:
        for key in reference:
            if key not in found:
                problems.append(f"{name}: missing: {describe(key)}")
        for key in found:
            if key not in reference:
                problems.append(f"{name}: not in {REFERENCE}: {describe(key)}")

    letters = {}  # context -> letter -> [(translation, source, German translation)]
    for key, message in found.items():
        context, source, _ = key
        where = f"{name}: {describe(key)}"
        translation, forms = translation_forms(message)
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        state = translation.get("type")
        if state in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: translation is {state}")
        numerus = message.get("numerus") == "yes"
        if numerus and len(forms) != forms_wanted:
            problems.append(f"{where}: {len(forms)} plural forms, {language} has {forms_wanted}")
        if not forms or any(not f.strip() for f in forms) and source.strip():
            problems.append(f"{where}: empty translation")
            continue

        wanted = placeholders(source)
        for form in forms:
            if placeholders(form) != wanted:
                problems.append(f"{where}: placeholders {placeholders(form)} in {form!r}, source has {wanted}")
            if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: markup differs in {form!r}")
            if edges(form) != edges(source):
                problems.append(f"{where}: leading or trailing white space differs in {form!r}")
            if len(accelerators(form)) != len(accelerators(source)):
                problems.append(f"{where}: accelerators {accelerators(form)} in {form!r}, "
                                f"source has {accelerators(source)}")
        if numerus:
            if NUMERUS_PLACEHOLDER.search(source) and not NUMERUS_PLACEHOLDER.search(forms[-1]):
                problems.append(f"{where}: the plural form {forms[-1]!r} lacks %n")
        else:
            if NUMERUS_PLACEHOLDER.search(forms[0]) and not NUMERUS_PLACEHOLDER.search(source):
                problems.append(f"{where}: %n in a message that is not numerus")

        if reference is not None and key in reference:
            german = translation_forms(reference[key])[1]
            for letter in set(accelerators(forms[0])):
                letters.setdefault(context, {}).setdefault(letter, []).append(
                    (forms[0], source, german[0] if german else ""))

    for context, by_letter in letters.items():
        for letter, users in by_letter.items():
            if len(users) < 2:
                continue
            if len({tuple(accelerators(s)) for _, s, _ in users}) == 1:
                continue
            if len({tuple(accelerators(g)) for _, _, g in users}) == 1:
                continue
            shown = ", ".join(repr(t) for t, _, _ in users)
            problems.append(f"{name}: {context}: accelerator &{letter.upper()} used by {shown}")
    return problems


def run_lrelease(lrelease, path, count):
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run([lrelease, path, "-qm", os.path.join(scratch, "out.qm")],
                                capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        return [f"{path}: lrelease failed:\n{output}"]
    match = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", output)
    if not match:
        return [f"{path}: unexpected lrelease output:\n{output}"]
    generated, finished, unfinished = map(int, match.groups())
    if unfinished or finished != generated or generated != count:
        return [f"{path}: lrelease: {generated} generated, {finished} finished, {unfinished} unfinished "
                f"of {count} messages"]
    return []


def check(files):
    """files: name -> parsed root. Returns the problems found."""
    problems = check_file(REFERENCE, files[REFERENCE], None)
    reference = messages(files[REFERENCE])[0]
    for name in TRANSLATED:
        problems += check_file(name, files[name], reference)
    return problems


def load(directory):
    files = {}
    for name in (REFERENCE,) + TRANSLATED:
        files[name] = ET.parse(os.path.join(directory, name)).getroot()
    return files


def first_message(root, predicate):
    for message in root.iter("message"):
        if predicate(message):
            return message
    raise AssertionError("no message fits the self-test")


def self_test(directory):
    clean = load(directory)
    if check(clean):
        print("the translations themselves have problems; run the check without --self-test")
        return 1

    def has(pattern):
        return lambda m: re.search(pattern, m.findtext("source") or "") and m.get("numerus") != "yes"

    def drop_message(root):
        for context in root.iter("context"):
            message = context.find("message")
            context.remove(message)
            return

    def swap_placeholder(root):
        t = first_message(root, has(r"%1.*%2")).find("translation")
        t.text = t.text.replace("%2", "%1")

    def lose_placeholder(root):
        t = first_message(root, has(r"%1")).find("translation")
        t.text = t.text.replace("%1", "")

    def unfinished(root):
        first_message(root, has(r".")).find("translation").set("type", "unfinished")

    def one_plural_form(root):
        t = first_message(root, lambda m: m.get("numerus") == "yes").find("translation")
        t.remove(t.findall("numerusform")[-1])

    def plural_without_n(root):
        t = first_message(root, lambda m: m.get("numerus") == "yes").find("translation")
        t.findall("numerusform")[-1].text = "many"

    def lose_markup(root):
        t = first_message(root, has(r"<b>")).find("translation")
        t.text = t.text.replace("<b>", "")

    def lose_accelerator(root):
        t = first_message(root, has(r"&\w")).find("translation")
        t.text = t.text.replace("&", "")

    def clash_accelerators(root):
        context = next(c for c in root.iter("context") if c.findtext("name") == "Flowdesk::MainWindow")
        for message in context.iter("message"):
            if message.findtext("source") in ("&File", "&View"):
                message.find("translation").text = "&Zz"

    def trailing_newline(root):
        t = first_message(root, has(r"\n$")).find("translation")
        t.text = t.text.rstrip("\n")

    def empty(root):
        first_message(root, has(r".")).find("translation").text = ""

    # each damage and the words its report must contain
    damages = [(drop_message, "missing"), (swap_placeholder, "placeholders"),
               (lose_placeholder, "placeholders"), (unfinished, "unfinished"),
               (one_plural_form, "plural forms"), (plural_without_n, "lacks %n"),
               (lose_markup, "markup"), (lose_accelerator, "accelerators"),
               (clash_accelerators, "accelerator &Z"), (trailing_newline, "white space"),
               (empty, "empty translation")]
    failures = 0

    def expect(files, name, damage, words):
        problems = check(files)
        if not any(words in p for p in problems):
            print(f"not caught: {damage.__name__} in {name} (reported: {problems})")
            return 1
        return 0

    for name in TRANSLATED:
        for damage, words in damages:
            files = dict(clean)
            files[name] = copy.deepcopy(clean[name])
            damage(files[name])
            failures += expect(files, name, damage, words)
    # a message the translations have but the reference lost is reported too
    files = dict(clean)
    files[REFERENCE] = copy.deepcopy(clean[REFERENCE])
    drop_message(files[REFERENCE])
    failures += expect(files, REFERENCE, drop_message, "not in " + REFERENCE)
    print(f"self-test: {len(damages) * len(TRANSLATED) + 1 - failures} kinds of damage caught, {failures} missed")
    return 1 if failures else 0


def main(argv):
    args = argv[1:]
    if args and args[0] == "--self-test":
        return self_test(args[1])
    if not args:
        print(__doc__)
        return 2
    directory = args[0]
    lrelease = args[args.index("--lrelease") + 1] if "--lrelease" in args else None
    files = load(directory)
    problems = check(files)
    if lrelease:
        count = len(messages(files[REFERENCE])[0])
        for name in (REFERENCE,) + TRANSLATED:
            problems += run_lrelease(lrelease, os.path.join(directory, name), count)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the translations")
        return 1
    print(f"translations complete: {', '.join((REFERENCE,) + TRANSLATED)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
