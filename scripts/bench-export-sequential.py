"""The baseline of scripts/bench-export.sh: the whole account read one request after another with
Pinterest's generated Python client (pinterest-generated-client), page_size 250, every list to its end,
each answer written to a JSON file. Prints "seconds requests".

Usage: python bench-export-sequential.py API_ROOT TOKEN OUT_DIR
"""
import json
import os
import sys
import time

from openapi_generated.pinterest_client import ApiClient, Configuration
from openapi_generated.pinterest_client.api.boards_api import BoardsApi
from openapi_generated.pinterest_client.api.user_account_api import UserAccountApi

api_root, token, out = sys.argv[1], sys.argv[2], sys.argv[3]
configuration = Configuration(host=api_root, access_token=token)
client = ApiClient(configuration)
boards_api, account_api = BoardsApi(client), UserAccountApi(client)
requests = 0
# The generated models refuse values the spec does not list; a backup keeps whatever is sent.
options = {"_check_return_type": False}


def plain(value):
    return value.to_dict() if hasattr(value, "to_dict") else value


def every_page(call, **kwargs):
    global requests
    items, bookmark = [], None
    while True:
        if bookmark:
            kwargs["bookmark"] = bookmark
        page = call(page_size=250, **kwargs, **options)
        requests += 1
        items += [plain(item) for item in page["items"]]
        bookmark = page.get("bookmark")
        if not bookmark:
            return items


def save(name, value):
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as file:
        json.dump(value, file, default=str)


start = time.monotonic()
save("account.json", plain(account_api.user_account_get(**options)))
requests += 1
save("businesses.json", [plain(b) for b in account_api.linked_business_accounts_get(**options)])
requests += 1
boards = every_page(boards_api.boards_list)
save("boards.json", boards)
for board in boards:
    save(f"boards/{board['id']}/sections.json", every_page(boards_api.board_sections_list, board_id=board["id"]))
    save(f"boards/{board['id']}/pins.json", every_page(boards_api.boards_list_pins, board_id=board["id"]))
save("followers.json", every_page(account_api.followers_list))
save("following.json", every_page(account_api.user_following_get))
save("following_boards.json", every_page(account_api.boards_user_follows_list))
save("websites.json", every_page(account_api.user_websites_get))
print(f"{time.monotonic() - start:.2f} {requests}")
