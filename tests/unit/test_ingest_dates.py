"""Reading the many ways a date is written."""
import pytest

from service.ingest.dates import parse_date


@pytest.mark.parametrize(
    "written, iso",
    [
        ("2015-08-31 00:00:00", "2015-08-31"),
        ("2022-01-28T10:00:00Z", "2022-01-28"),
        ("Friday, January 28, 2022", "2022-01-28"),
        ("Sept. 5, 2021", "2021-09-05"),
        ("March 3rd, 2020", "2020-03-03"),
        ("5 March 2020", "2020-03-05"),
        ("2020/03/05", "2020-03-05"),
        ("01/28/2022", "2022-01-28"),
        ("28/01/2022", "2022-01-28"),
        ("Thu, Jan 27, 2022 10:30 AM", "2022-01-27"),
    ],
)
def test_written_dates_become_iso_dates(written, iso):
    assert parse_date(written) == iso


@pytest.mark.parametrize("written", ["", None, "yesterday", "2022-02-30", "13/13/2022", "By Jane Doe"])
def test_text_that_is_no_real_date_gives_none(written):
    assert parse_date(written) is None
