#!/usr/bin/python3
"""The help-desk path as a screen reader user takes it, through the AT-SPI tree only: find the subject
field by its accessible name, type a subject, press Search, and find the revoke-all button that the
result offers. Run by screen-reader-path.sh inside a private D-Bus session with an AT-SPI bus."""
import sys
import time

import pyatspi

DEADLINE = time.monotonic() + 45


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


def wait_for(what, find):
    while time.monotonic() < DEADLINE:
        found = find()
        if found is not None:
            return found
        time.sleep(0.2)
    fail('timed out waiting for ' + what)


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name and 'tokendesk' in app.name.lower():
            return app
    return None


def nodes(root):
    """Every showing node under root; a table's cells are left out (thousands of rows)."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            role = node.getRole()
            showing = node.getState().contains(pyatspi.STATE_SHOWING)
        except Exception:  # a node that went away while walking
            continue
        if not showing and node is not root:
            continue
        yield node
        if role != pyatspi.ROLE_TABLE:
            stack.extend(child for child in node if child is not None)


def named(app, role, predicate):
    def find():
        for node in nodes(app):
            if node.getRole() == role and predicate(node.name or ''):
                return node
        return None
    return find


app = wait_for('the TokenDesk application on the AT-SPI bus', application)
wait_for('the table named "Tokens"', named(app, pyatspi.ROLE_TABLE, lambda n: n == 'Tokens'))

unnamed = [node.getRoleName() for node in nodes(app)
           if node.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_TABLE)
           and not node.name]
if unnamed:
    fail('unnamed controls a screen reader would announce by role only: ' + ', '.join(unnamed))

subject = wait_for('the subject field', named(app, pyatspi.ROLE_TEXT, lambda n: n == 'Search by subject'))
subject.queryEditableText().setTextContents('alice.1112')
search = wait_for('the Search button', named(app, pyatspi.ROLE_PUSH_BUTTON, lambda n: n == 'Search on the server'))
search.queryAction().doAction(0)

revoke_all = wait_for('the revoke-all button of the result',
                      named(app, pyatspi.ROLE_PUSH_BUTTON, lambda n: n.startswith('Revoke all')))
if 'alice.1112' not in revoke_all.name:
    fail('the revoke-all button does not name the subject: ' + revoke_all.name)
print('found: ' + revoke_all.name)
