import pytest

from tests.campaigns.helpers import categories


@pytest.fixture
def cats(services, actors):
    return categories(services, actors)
