"""Where each row of a registry sheet belongs: its district and village (by Kemendagri code, or
by name within the council's regency) and the IKM of the registry it describes (by NIB, else
by business name and district). Everything is loaded once, in a few queries."""

import re

from artisans.models import Artisan, Region, RegionLevel

from .vocabulary import simplify

DISTRICT_PREFIX = re.compile(r"^\s*(kecamatan|kec\.?)\s+", re.IGNORECASE)
VILLAGE_PREFIX = re.compile(r"^\s*(desa|kelurahan|kel\.|ds\.)\s+", re.IGNORECASE)


def _district_key(name):
    return simplify(DISTRICT_PREFIX.sub("", name))


def _village_key(name):
    return simplify(VILLAGE_PREFIX.sub("", name))


def _grouped(items, key):
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


class RegistryIndex:
    def __init__(self, regency_code, with_villages):
        districts = Region.objects.filter(level=RegionLevel.DISTRICT).select_related("parent")
        if regency_code:
            districts = districts.filter(parent_id=regency_code)
        districts = list(districts)
        regencies = sorted({district.parent.name for district in districts if district.parent})
        self.regency = ", ".join(regencies) or regency_code
        self.districts = {district.code: district for district in districts}
        self.district_names = _grouped(districts, lambda district: _district_key(district.name))
        villages = []
        if with_villages and districts:
            villages = list(
                Region.objects.filter(level=RegionLevel.VILLAGE, parent_id__in=self.districts)
            )
        self.villages = {village.code: village for village in villages}
        self.village_names = _grouped(
            villages, lambda village: (village.parent_id, _village_key(village.name))
        )
        self.slugs = set()

    # Districts and villages

    def place(self, row):
        """Set the row's district and village, or refuse the row."""
        district = self._district(row)
        if district is None:
            return
        row.district = district
        row.village = self._village(row, district)

    def _district(self, row):
        code, name = row.values.get("district_code"), row.values.get("district")
        if code:
            district = self.districts.get(code)
            if district is None:
                row.refuse("unknown_district", value=code, regency=self.regency)
            elif name and _district_key(name) != _district_key(district.name):
                row.refuse("district_mismatch", code=code, name=district.name, value=name)
            else:
                return district
            return None
        if not name:
            row.refuse("required", column="district")
            return None
        found = self.district_names.get(_district_key(name), [])
        if len(found) == 1:
            return found[0]
        if found:
            row.refuse("ambiguous_district", value=name)
        else:
            row.refuse("unknown_district", value=name, regency=self.regency)
        return None

    def _village(self, row, district):
        code, name = row.values.get("village_code"), row.values.get("village")
        if code:
            village = self.villages.get(code)
            if village is None or village.parent_id != district.code:
                row.refuse("unknown_village", value=code, district=district.name)
            elif name and _village_key(name) != _village_key(village.name):
                row.refuse("village_mismatch", code=code, name=village.name, value=name)
            else:
                return village
            return None
        if not name:
            return None
        found = self.village_names.get((district.code, _village_key(name)), [])
        if len(found) == 1:
            return found[0]
        if found:
            row.refuse("ambiguous_village", value=name, district=district.name)
        else:
            row.refuse("unknown_village", value=name, district=district.name)
        return None

    # The IKM each row describes

    def match(self, rows):
        """Set each row's target (the IKM it updates) or leave it new; refuse a conflict."""
        artisans = Artisan.objects.values_list("pk", "business_name", "district_id", "nib", "slug")
        by_nib, by_name = {}, {}
        for pk, name, district_id, nib, slug in artisans:
            self.slugs.add(slug)
            if nib:
                by_nib[nib] = (pk, name)
            by_name.setdefault((simplify(name), district_id), []).append((pk, nib))
        # First the rows whose NIB is in the registry, then the others by name and district,
        # among the IKM no row has claimed by NIB (an export lists namesakes with and without).
        by_name_rows = []
        claimed = set()
        for row in rows:
            name, nib = row.values.get("business_name"), row.values.get("nib")
            if not name or row.district is None:
                continue
            if not (nib and nib in by_nib):
                by_name_rows.append(row)
                continue
            pk, holder = by_nib[nib]
            if simplify(holder) == simplify(name):
                row.target_pk, row.match = pk, "nib"
                claimed.add(pk)
            else:
                row.refuse("nib_taken", value=nib, name=holder)
        for row in by_name_rows:
            key = (simplify(row.values["business_name"]), row.district.code)
            candidates = [item for item in by_name.get(key, []) if item[0] not in claimed]
            if row.values.get("nib"):  # an IKM recorded with another NIB is another business
                candidates = [item for item in candidates if not item[1]]
            if len(candidates) == 1:
                row.target_pk, row.match = candidates[0][0], "name"
            elif candidates:
                row.refuse("ambiguous_match", count=len(candidates))

    def load_targets(self, rows, lock=False):
        """The matched IKM with their associations and certifications (locked if asked)."""
        pks = sorted({row.target_pk for row in rows if row.target_pk and not row.problems})
        if not pks:
            return
        artisans = (
            Artisan.objects.filter(pk__in=pks)
            .select_related("district", "village")
            .prefetch_related("associations", "certifications")
            .order_by("pk")
        )
        if lock:
            artisans = artisans.select_for_update(of=("self",))
        found = {artisan.pk: artisan for artisan in artisans}
        for row in rows:
            if not row.problems and row.target_pk in found:
                row.target = found[row.target_pk]
