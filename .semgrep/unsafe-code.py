import json
import os
import pickle
import subprocess

import yaml


def load(data, path, name):
    # ruleid: unsafe-deserialization
    pickle.loads(data)
    # ruleid: unsafe-deserialization
    yaml.load(data)
    # ruleid: unsafe-deserialization
    yaml.load(data, Loader=yaml.Loader)
    # ruleid: unsafe-deserialization
    yaml.unsafe_load(data)
    # ok: unsafe-deserialization
    yaml.load(data, Loader=yaml.SafeLoader)
    # ok: unsafe-deserialization
    yaml.safe_load(data)
    # ok: unsafe-deserialization
    pickle.dumps(name)
    # ok: unsafe-deserialization
    json.loads(data)
    # ruleid: eval-or-exec
    eval(data)
    # ruleid: eval-or-exec
    exec(data)
    # ok: eval-or-exec
    model = load
    model.eval()
    # ruleid: subprocess-through-a-shell
    subprocess.run(f"convert {path} out.png", shell=True, check=True)
    # ruleid: subprocess-through-a-shell
    os.system(f"rm {path}")
    # ok: subprocess-through-a-shell
    subprocess.run(["convert", path, "out.png"], check=True)
    # ok: subprocess-through-a-shell
    subprocess.run(["ls"], shell=False, check=True)
