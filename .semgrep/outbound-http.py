import urllib.request
from urllib.request import urlopen

import requests


def fetch(url):
    # ruleid: http-request-without-timeout
    requests.get(url)
    # ruleid: http-request-without-timeout
    requests.post(url, json={"a": 1})
    # ruleid: http-request-without-timeout
    urlopen(url)
    # ruleid: http-request-without-timeout
    urllib.request.urlopen(url)
    # ok: http-request-without-timeout
    requests.get(url, timeout=10)
    # ok: http-request-without-timeout
    urlopen(url, timeout=5)
    # ruleid: http-request-timeout-none
    requests.get(url, timeout=None)
