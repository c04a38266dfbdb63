"""Bounded waits: every wait in the suite ends, with a message saying what did not happen."""

import threading
import time


def wait_until(predicate, timeout, what, interval=0.05):
    """Polls ``predicate`` until it returns a truthy value, which is returned.

    :raises AssertionError: naming ``what`` when ``timeout`` seconds pass first
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %.1f s waiting for %s" % (timeout, what))
        time.sleep(interval)


class Collector:
    """Thread-safe list of what callbacks deliver, with bounded waits on it."""

    def __init__(self):
        self._items = []
        self._cond = threading.Condition()

    def add(self, item):
        with self._cond:
            self._items.append(item)
            self._cond.notify_all()

    def __call__(self, *args):
        # Usable directly as a callback: one argument is stored as is, several as a tuple.
        self.add(args[0] if len(args) == 1 else args)

    def items(self):
        with self._cond:
            return list(self._items)

    def clear(self):
        with self._cond:
            self._items.clear()

    def __len__(self):
        with self._cond:
            return len(self._items)

    def wait_for(self, predicate, timeout, what):
        """Waits until ``predicate(items)`` is truthy and returns its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate(list(self._items))
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("timed out after %.1f s waiting for %s (got %d items)"
                                         % (timeout, what, len(self._items)))
                self._cond.wait(min(remaining, 0.2))

    def wait_count(self, count, timeout, what):
        return self.wait_for(lambda items: items if len(items) >= count else None, timeout, what)
