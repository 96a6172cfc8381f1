"""The seed's pay content: every public role has a sourced pay figure or says plainly why not;
figures the fact-check called all-levels are labelled so; the CSR floors below the minimum wage
are flagged, not shown as entry pay; older figures are kept apart."""

from careers.guide.models import PayFigure, PayNote, floors_by_place
from careers.guide.ranges import place_ranges
from careers.roles.models import Role


def test_every_public_role_has_pay_or_a_reason(seed):
    for role in Role.objects.published():
        has_pay = PayFigure.objects.published().filter(role=role).exists()
        note = PayNote.objects.published().filter(role=role).first()
        assert has_pay or (note and len(note.reason) > 40), role.slug


def test_all_levels_rows_are_not_labelled_entry(seed):
    for slug in (
        "ph-csr-entry-indeed-2023",
        "ph-csr-entry-salaryexplorer-cebu-2024",
        "in-csr-entry-worldsalaries-2024",
        "in-medical-coder-entry-virohan-2023",
    ):
        assert PayFigure.objects.get(slug=slug).level == "all", slug


def test_the_cebu_csr_floor_is_flagged_below_the_minimum_wage(seed):
    csr = Role.objects.get(slug="customer-service-representative")
    figures = list(PayFigure.objects.published().filter(role=csr))
    cebu = next(
        r
        for r in place_ranges(figures, floors_by_place(), "philippines")
        if r.place == "metro-cebu"
    )
    assert [f.slug for f in cebu.below] == ["ph-csr-entry-salaryexplorer-cebu-2024"]
    assert all(low >= cebu.floor.monthly for _, low, _ in cebu.headline)
    assert 'class="range-bar range-below"' in cebu.chart


def test_old_figures_are_never_headlined(seed, client):
    html = client.get("/pay/").content.decode()
    assert "Older figures" in html
    csr = Role.objects.get(slug="customer-service-representative")
    figures = list(PayFigure.objects.published().filter(role=csr))
    for country in ("philippines", "india"):
        for pr in place_ranges(figures, floors_by_place(), country):
            assert all(f.source_year >= 2020 for f in pr.figures)


def test_the_pay_page_shows_ranges_charts_and_reasons(seed, client):
    response = client.get("/pay/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("the Philippines") < html.index(">India<")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="range-chart"' in html
    assert "Minimum wage ₱15,290" in html  # ₱695 x 22 days (Wage Order NCR-26)
    assert "Starts below the minimum wage" in html
    # Cebu's one range (₱9,650 to ₱28,400) only starts under the floor: never "no figure above".
    assert "Every figure here starts below the legal minimum wage" in html
    assert "at or above the minimum wage" not in html
    assert "Workforce Management Analyst</a></dt><dd><p>We have not yet found" in html
    assert "<script" not in html.split("<main")[1].split("</main>")[0]


def test_the_role_page_shows_its_range_or_its_reason(seed, client):
    csr = client.get("/roles/customer-service-representative/").content.decode()
    assert "Metro Manila (NCR)" in csr and "range-chart" in csr
    wfm = client.get("/roles/workforce-management-analyst/").content.decode()
    assert "names the Workforce Management Analyst role" in wfm


def test_the_fact_check_corrections(seed, client):
    ph = client.get("/hiring/philippines/").content.decode()
    assert "RA 11058" in ph and "198-18" in ph and "one year" in ph
    india = client.get("/hiring/india/").content.decode()
    assert "1 September 2021" in india and "Telangana" in india
    assert "placement fee" in india
    industry = client.get("/industry/").content.decode()
    assert "17 October 2025" in industry
    assert "““" not in industry and '“"' not in industry
    coder = client.get("/roles/medical-coder/").content.decode()
    assert "None: a starting role" not in coder


def test_india_national_all_levels_floor_is_flagged(seed):
    """WorldSalaries 2024: ₹66,260 a year (₹5,522 a month) is under Uttar Pradesh's ₹11,021 a
    month for unskilled workers from 1 April 2025, the lowest floor we list for India (Telangana's
    ₹12,762 for Hyderabad is higher)."""
    csr = Role.objects.get(slug="customer-service-representative")
    figures = list(PayFigure.objects.published().filter(role=csr))
    national = next(
        r for r in place_ranges(figures, floors_by_place(), "india") if r.place == "national"
    )
    assert national.lowest_floor and national.floor.monthly == 11021
    assert [f.slug for f in national.below] == ["in-csr-entry-worldsalaries-2024"]


def test_the_range_chart_is_plain_svg_with_a_text_equivalent():
    from careers.common.charts import range_chart

    svg = range_chart(
        [("Entry", 16000, 22000, False), ("All levels", 9650, 28400, True)], 15290, "₱", "Pay"
    )
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" class="range-chart"')
    assert 'role="img"' in svg and "<title>Pay</title>" in svg
    assert "style=" not in svg and "<script" not in svg
    assert "Entry: ₱16,000 to ₱22,000" in svg and "(below min. wage)" in svg
    assert 'class="chart-floor"' in svg and "Minimum wage ₱15,290" in svg
    assert range_chart([], 15290, "₱", "Pay") == ""


def test_roles_with_new_figures_show_them_and_not_their_old_reason(seed, client):
    """pay2: sourced rows added for fourteen roles; a role with figures shows them, never a
    reason."""
    for slug in (
        "quality-analyst",
        "operations-manager",
        "hr-operations-associate",
        "service-delivery-manager",
        "technical-support-representative",
        "team-leader",
        "process-trainer",
        "data-entry-specialist",
        "payroll-specialist",
        "insurance-claims-processor",
        "legal-process-associate",
        "kpo-research-analyst",
    ):
        role = Role.objects.get(slug=slug)
        assert PayFigure.objects.published().filter(role=role).exists(), slug
        html = client.get(f"/roles/{slug}/").content.decode()
        assert "range-chart" in html or "Only figures from before 2020" in html, slug
        assert "We have not yet found a published pay survey" not in html, slug


def test_pre_2020_only_roles_say_so_and_headline_nothing(seed, client):
    """The DOLE career guide (2011) and the 2009 LPO feature are old: those roles show their
    figures under "Older figures" and no current range. Team Leader in India headlines the
    2020 figure and keeps the 2005-06 one apart."""
    html = client.get("/roles/legal-process-associate/").content.decode()
    assert "Only figures from before 2020 here" in html and "Older figures (2)" in html
    tsr = list(PayFigure.objects.filter(role__slug="technical-support-representative"))
    for pr in place_ranges(tsr, floors_by_place(), "philippines"):
        assert pr.headline == [] and len(pr.older) == 2
    lead = list(PayFigure.objects.filter(role__slug="team-leader"))
    (india,) = place_ranges(lead, floors_by_place(), "india")
    assert india.headline == [("All levels", 33600, 33600)]
    assert [f.slug for f in india.older] == ["in-team-leader-all-indianmba-2005"]


def test_india_data_entry_low_end_is_flagged_below_the_floor(seed):
    """The 2023 blog's Rs 6,000 a month is under Uttar Pradesh's Rs 11,021, the lowest floor we
    list for India, so it is flagged, never shown as entry pay."""
    role = Role.objects.get(slug="data-entry-specialist")
    figures = list(PayFigure.objects.published().filter(role=role))
    national = next(
        r for r in place_ranges(figures, floors_by_place(), "india") if r.place == "national"
    )
    assert [f.slug for f in national.below] == ["in-data-entry-all-blog-2023"]
    assert national.headline == []


def test_india_claims_and_payroll_figures_clear_the_floor(seed):
    for slug in ("insurance-claims-processor", "payroll-specialist"):
        figures = list(PayFigure.objects.published().filter(role__slug=slug))
        national = next(
            r for r in place_ranges(figures, floors_by_place(), "india") if r.place == "national"
        )
        assert national.below == [] and national.headline, slug
