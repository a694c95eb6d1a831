import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { act, openDossier, PASSWORD, receiveAtCounter, statusBadge, switchUser } from './support/dossier';

test.describe('inter-agency (liên thông) and late dossiers', () => {
  test('3-in-1: birth at the commune, residence at its police, health insurance at social insurance, returned by post', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // The procedure's published internal process shows each agency's share of the 20 working days.
    await page.goto('/thu-tuc/2.000986');
    await page.getByText(/^Quy trình nội bộ — 7 bước/).click();
    await expect(page.locator('.case-workflow')).toContainText('Công an cấp xã · 7 ngày làm việc');
    await expect(page.locator('.case-workflow')).toContainText(
      'Bảo hiểm xã hội tỉnh Ninh Bình · 5 ngày làm việc',
    );

    await signIn(page, 'tiepnhan.xa', PASSWORD);
    const code = await receiveAtCounter(page, '2.000986', {
      fullName: 'Phạm Văn Đức',
      idNumber: '036090004567',
      phone: '0912888999',
    });
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();

    // The dossier's own workflow: seven steps over three agencies, each with its time.
    const steps = page.getByRole('table', { name: 'Quy trình giải quyết và thời hạn từng bước' });
    await expect(steps.getByRole('row')).toHaveCount(8);
    await expect(steps).toContainText('Công an phường Hoa Lư');
    await expect(steps).toContainText('Bảo hiểm xã hội tỉnh Ninh Bình');
    await expect(steps).toContainText('7 ngày làm việc');
    await act(page, 'Chuyển cơ quan có thẩm quyền');
    await expect(page.locator('.dossier-summary')).toContainText(
      'Đang ở bước: Phân công công chức tư pháp - hộ tịch',
    );

    await switchUser(page, 'lanhdao.xa');
    await openDossier(page, code);
    await act(page, 'Phân công chuyên viên xử lý', () =>
      page
        .getByLabel('Chuyên viên thực hiện bước tiếp theo')
        .selectOption({ label: 'Hoàng Văn Nam (chuyenvien.xa)' }),
    );

    // The specialist finds a document missing: the clock stops until the applicant brings it.
    await switchUser(page, 'chuyenvien.xa');
    await openDossier(page, code);
    await act(page, 'Yêu cầu bổ sung hồ sơ', async () => {
      await page.getByLabel('Giấy tờ cần bổ sung (dòng 1)').fill('Giấy chứng sinh (bản chính)');
      await page.getByLabel('Lý do (dòng 1)').fill('Bản nộp là bản chụp, không rõ chữ ký');
      await page.getByLabel('Lý do', { exact: true }).fill('Giấy chứng sinh không hợp lệ');
    });
    await expect(statusBadge(page)).toHaveText('Yêu cầu bổ sung giấy tờ');

    await switchUser(page, 'tiepnhan.xa');
    await openDossier(page, code);
    await act(page, 'Bổ sung hồ sơ', () =>
      page.getByLabel(/Ghi chú/).fill('Đã nhận bản chính giấy chứng sinh'),
    );
    await expect(statusBadge(page)).toHaveText('Đang xử lý');

    await switchUser(page, 'chuyenvien.xa');
    await openDossier(page, code);
    await act(page, 'Trình lãnh đạo phê duyệt');
    await switchUser(page, 'lanhdao.xa');
    await openDossier(page, code);
    await act(page, 'Phê duyệt');

    // The commune's clerical officer registers the birth and hands the dossier on to the police.
    await switchUser(page, 'vanthu.xa');
    await openDossier(page, code);
    await act(page, 'Chuyển liên thông', () =>
      page.getByLabel('Kết quả của cơ quan (nếu có)').fill('Giấy khai sinh số 45/2026'),
    );
    await expect(page.locator('.dossier-summary')).toContainText('Công an phường Hoa Lư');
    await expect(page.getByText(`${code}-KQ1`, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chuyển liên thông', exact: true })).toHaveCount(0);

    // The citizen following the receipt's QR (which carries the check code) sees where it is now.
    const check = (await page.getByTestId('check-code').textContent())?.trim() ?? '';
    await page.goto(`/tra-cuu/${code}?check=${check}`);
    await expect(page.getByRole('article')).toContainText('Đang ở bước');
    await expect(page.getByRole('article')).toContainText('Công an phường Hoa Lư');

    // The commune police see it in their queue and pass it on with the residence result.
    await switchUser(page, 'chuyenvien.congan');
    await page.goto('/can-bo/ho-so?queue=processing');
    await page.getByRole('link', { name: code }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
    await expectNoSeriousA11yViolations(page, 'dossier at a coordinating agency');
    await act(page, 'Chuyển liên thông', () =>
      page.getByLabel('Kết quả của cơ quan (nếu có)').fill('Thông báo kết quả đăng ký thường trú'),
    );

    await switchUser(page, 'canbo.bhxh');
    await openDossier(page, code);
    await act(page, 'Ban hành kết quả', () => page.getByLabel('Số văn bản kết quả').fill('BHYT 3712345678'));
    await expect(statusBadge(page)).toHaveText('Đã xử lý xong');

    // The counter returns the three results by post.
    await switchUser(page, 'tiepnhan.xa');
    await openDossier(page, code);
    await act(page, 'Trả kết quả', async () => {
      await page.getByLabel('Hình thức trả').selectOption('post');
      await page.getByLabel('Số vận đơn bưu chính').fill('EP987654321VN');
    });
    await expect(statusBadge(page)).toHaveText('Đã trả kết quả');
    for (const n of [1, 2, 3]) await expect(page.getByText(`${code}-KQ${n}`, { exact: true })).toBeVisible();
    // Every visit is judged on its own deadline; all were on time or early today.
    await expect(steps.locator('.step-result')).toHaveCount(7);
    await expect(steps.locator('.step-result-late')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Quá trình giải quyết' })).toContainText('EP987654321VN');

    const slip = await page.request.get(`/api/dossiers/${encodeURIComponent(code)}/forms/06.pdf`);
    expect(slip.headers()['content-type']).toBe('application/pdf');
  });

  test('a dossier past its due date waits for the apology with a new date (Form 04) before anything else', async ({
    page,
  }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    // A postal dossier recorded a week after it arrived: held until the commune's leader approves the
    // earlier time (issue 9, item 9); received then at that time, its same-day deadline has passed.
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
    const procedure = await (await page.request.get('/api/procedures/1.001193')).json();
    const components = procedure.cases[0].components
      .filter((c: { required: boolean }) => c.required)
      .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity }));
    const intake = await page.request.post('/api/dossiers', {
      data: {
        procedureCode: '1.001193',
        caseCode: procedure.cases[0].code,
        channel: 'postal',
        postalWaybill: 'EP111222333VN',
        receivedAt: weekAgo,
        backdateReason: 'Bưu phẩm đến khi hệ thống bảo trì, nhập máy sau',
        applicant: { fullName: 'Đoàn Thị Lụa', idNumber: '036185002222', phone: '0903555666' },
        components,
      },
    });
    expect(intake.status()).toBe(202);
    const { id } = await intake.json();
    await switchUser(page, 'lanhdao.xa');
    const approved = await page.request.post(`/api/held-intakes/${id}/approve`);
    expect(approved.status()).toBe(200);
    const { code } = await approved.json();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const { due: newDate } = await (
      await page.request.get(`/api/calendar/working-days?from=${today}&days=2`)
    ).json();

    await openDossier(page, code);
    await expect(page.getByText('Hồ sơ đã quá hạn — cần lập văn bản xin lỗi')).toBeVisible();
    // Only the apology (and stop or withdrawal, which are not this leader's to choose here) is offered.
    await expect(page.getByRole('button', { name: 'Phân công chuyên viên xử lý' })).toHaveCount(0);
    await act(page, 'Xin lỗi và gia hạn (Mẫu 04)', async () => {
      await page.getByLabel('Ngày hẹn trả mới').fill(newDate);
      await page
        .getByLabel('Lý do', { exact: true })
        .fill('Hồ sơ gửi qua bưu chính đến chậm, cần xác minh thêm');
    });
    await expect(page.getByText('Hồ sơ đã quá hạn — cần lập văn bản xin lỗi')).toHaveCount(0);
    const apology = page.getByRole('link', { name: 'Văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04)' });
    await expect(apology).toBeVisible();
    const pdf = await page.request.get((await apology.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // The work goes on once the apology is issued.
    await switchUser(page, 'tiepnhan.xa');
    await openDossier(page, code);
    await act(page, 'Chuyển cơ quan có thẩm quyền');
    await expect(statusBadge(page)).toHaveText('Đang xử lý');
  });
});
