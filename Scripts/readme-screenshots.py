#!/usr/bin/env python3
"""Makes the README's two screenshots, Docs/images/catalog.png and Docs/images/fit.png, with
headless Chromium driving the real `oam serve`: the catalog filtered to OAM modules, and the
fit of Llama 3.1 70B at batch 32 on three modules. Run it after a change to the pages and
look at both before committing; each should stay well under 150 KB.

Usage: Scripts/readme-screenshots.py OAM   (needs selenium, chromium and chromium-driver, which
`.ci/run` installs, the Python ones in .build/ci-tools/browser-venv; and a CJK font such as
Debian's fonts-wqy-zenhei, or the language link's 中文 shows as boxes)
"""

import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "Browser"))
from browser_test import REPO, missing_tools, start_server  # noqa: E402

LIMIT = 150 * 1024


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    missing = missing_tools()
    if missing:
        print(f"cannot take screenshots: missing {missing}", file=sys.stderr)
        return 2
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    out = os.path.join(REPO, "Docs", "images")
    os.makedirs(out, exist_ok=True)
    server, base = start_server(sys.argv[1], os.path.join(REPO, "Registry"))
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,760", "--hide-scrollbars",
                 "--force-device-scale-factor=1", "--lang=en-US"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver")))
    try:
        driver.get(base + "/?form-factor=oam&sort=memory")
        driver.save_screenshot(os.path.join(out, "catalog.png"))
        driver.get(base + "/fit?model=meta-llama/llama-3.1-70b&batch=32&chip=amd/mi300x&chip=nvidia/h100-sxm"
                   "&chip=huawei/ascend-910b")
        driver.find_element(By.CSS_SELECTOR, "main h2").location_once_scrolled_into_view
        driver.save_screenshot(os.path.join(out, "fit.png"))
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    status = 0
    for name in ("catalog.png", "fit.png"):
        size = os.path.getsize(os.path.join(out, name))
        print(f"Docs/images/{name}: {size} bytes")
        if size > LIMIT:
            print(f"Docs/images/{name} is over {LIMIT} bytes", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
