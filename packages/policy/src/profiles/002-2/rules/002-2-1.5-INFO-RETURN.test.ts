import { notConfiguredTester } from '../../../testing/rule-tester';

notConfiguredTester('002-2-1.5-INFO-RETURN', '002-2', ['经销商编号', '回访日期', '业务员', '回访方面', '回访内容', '回传时间'], ['JX01', '2025-10-10', '王强', '市场', '了解需求', '2025-10-20']);
