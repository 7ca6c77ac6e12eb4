#!/usr/bin/python3
"""The help-desk path as a screen reader user takes it, through the AT-SPI tree only: find the subject
field by its accessible name, type a subject, press Search, press the revoke-all button that the
result offers, answer the confirmation by its button's name, and read the result from the banner
and the empty table. Run by screen-reader-path.sh inside a private D-Bus session with an AT-SPI bus."""
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

def no_unnamed_controls(where):
    unnamed = [node.getRoleName() for node in nodes(app)
               if node.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_TABLE,
                                     pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON)
               and not node.name]
    if unnamed:
        fail('unnamed controls in %s a screen reader would announce by role only: %s'
             % (where, ', '.join(unnamed)))


no_unnamed_controls('the main window')

# Combo boxes: on Linux Qt gives a combo box its value as its name and points to its label with a
# labelled-by relation, which Orca reads first ("Status: All tokens, combo box"). Each needs that label.
def label_of(node):
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target.name:
                    return target.name
    return None

combos = [node for node in nodes(app) if node.getRole() == pyatspi.ROLE_COMBO_BOX]
if len(combos) < 2:
    fail('expected the connection and status combo boxes, found %d' % len(combos))
unlabelled = [node.name for node in combos if not label_of(node)]
if unlabelled:
    fail('combo boxes without a label a screen reader could read: ' + ', '.join(unlabelled))
print('combo boxes: ' + ', '.join('%s "%s"' % (label_of(node), node.name) for node in combos))

subject = wait_for('the subject field', named(app, pyatspi.ROLE_TEXT, lambda n: n == 'Search by subject'))
subject.queryEditableText().setTextContents('alice.1112')
search = wait_for('the Search button', named(app, pyatspi.ROLE_PUSH_BUTTON, lambda n: n == 'Search on the server'))
search.queryAction().doAction(0)

revoke_all = wait_for('the revoke-all button of the result',
                      named(app, pyatspi.ROLE_PUSH_BUTTON, lambda n: n.startswith('Revoke all')))
if 'alice.1112' not in revoke_all.name:
    fail('the revoke-all button does not name the subject: ' + revoke_all.name)
print('found: ' + revoke_all.name)
revoke_all.queryAction().doAction(0)

# The confirmation is a dialog of the same application; its confirm button is named after the step.
confirm = wait_for('the confirmation\'s revoke button',
                   named(app, pyatspi.ROLE_PUSH_BUTTON, lambda n: n.startswith('Revoke 9 tokens')))
wait_for('the confirmation\'s Cancel button', named(app, pyatspi.ROLE_PUSH_BUTTON, lambda n: n == 'Cancel'))
no_unnamed_controls('the confirmation')
confirm.queryAction().doAction(0)

# The outcome is announced in the banner (an alert) and the table says why it is empty.
def alert_saying(text):
    def find():
        for node in nodes(app):
            if node.getRole() in (pyatspi.ROLE_ALERT, pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_LABEL) \
                    and text in (node.name or '') + ' ' + (node.description or ''):
                return node
        return None
    return find

done = wait_for('the banner saying the server revoked 9 tokens', alert_saying('revoked 9 tokens'))
print('announced: ' + (done.name or done.description))
empty = wait_for('the empty result\'s explanation', alert_saying('No tokens for subject'))
print('table: ' + (empty.name or empty.description))
