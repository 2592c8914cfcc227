"""A page's headline and site from its ``<title>`` (``Headline | Site``)."""

from __future__ import annotations

import re

__all__ = ["site_from_title", "strip_site"]

# A part, page or section label after the headline names no site: "Ferry axed – Part 2", "... | Live".
_NOT_SITE = re.compile(
    r"(?:part|page|del|side|episode|chapter|kapitel|afsnit)\s+\S+$|(?:live|video|opinion|analysis|news|nyheder"
    r"|search results|søgeresultater|photos|billeder|update|opdateret)$",
    re.IGNORECASE,
)


def strip_site(title: str, site: str) -> str:
    """``Headline | Site`` -> ``Headline`` when the suffix names the site."""
    for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            if not site or tail.strip().casefold() == site.casefold():
                return head.strip()
    return title


def site_from_title(page_title: str, headline: str) -> str:
    """The site a ``Headline | Site`` page title names (a page without ``og:site_name``), or "".

    A ``|`` suffix of a few words is the site; another separator (`` - ``, an en or em dash) only
    when the words before it are the page's headline, so "Storm - what we know" names no site.
    """
    for sep in (" | ", " - ", " \u2013 ", " \u2014 "):
        if sep not in page_title:
            continue
        head, tail = (part.strip() for part in page_title.rsplit(sep, 1))
        if sep == " | " and headline and tail.casefold() == headline.casefold() and " | " not in head:
            head, tail = tail, head  # "Site | Headline": the site comes first
        if not head or not tail or len(tail) > 40 or len(tail.split()) > 5 or _NOT_SITE.match(tail):
            return ""
        if sep == " | " or (headline and head.casefold() == headline.casefold()):
            return tail
        return ""
    return ""
