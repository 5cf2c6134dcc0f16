"""What the backup and restore commands say about an archive's contents."""


def describe_counts(manifest):
    counts = manifest["counts"]
    files = manifest["files"]
    media = sum(1 for name in files if name.startswith("media/"))
    private = sum(1 for name in files if name.startswith("private-media/"))

    def count(key):
        value = counts.get(key)
        return "no table" if value is None else str(value)

    return (
        f"{count('orders')} orders ({count('order_lines')} lines, {count('payments')} payments), "
        f"{count('products')} products, {count('artisans')} artisans, {count('images')} images; "
        f"{media} media files and {private} private files."
    )


def describe_elsewhere(places, done):
    """What an archive does not hold (uploads kept in object storage), or ''."""
    if not places:
        return ""
    where = ", ".join(f"{prefix} ({place})" for prefix, place in sorted(places.items()))
    return (
        f"{done}, kept in object storage: {where}. Back the buckets up with their own tools "
        "(versioning, replication)."
    )
