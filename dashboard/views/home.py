from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in people land on their leads; everyone else on the login page."""
    if request.user.is_authenticated:
        return redirect("dashboard:lead_list")
    return redirect("accounts:login")
