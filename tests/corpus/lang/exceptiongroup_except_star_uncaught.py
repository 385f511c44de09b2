def fetch(url):
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    if "slow" in url:
        raise TimeoutError(f"{url} timed out")
    return f"<{url}>"

def fetch_all(urls):
    results, errors = [], []
    for u in urls:
        try:
            results.append(fetch(u))
        except OSError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some fetches failed", errors)
    return results

print(fetch_all(["a", "b"]))
try:
    fetch_all(["a", "bad1", "slow1"])
except* TimeoutError as g:
    print("timeouts:", [str(e) for e in g.exceptions])
except* ConnectionError as g:
    print("connection errors:", [str(e) for e in g.exceptions])

try:
    fetch_all(["slow2", "bad2", "c"])
except* TimeoutError as g:
    print("handled only timeouts:", len(g.exceptions))
